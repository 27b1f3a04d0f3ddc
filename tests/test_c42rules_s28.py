"""Twenty-eighth session (s28-c42rules): the right federal rule among an agency's versions,
told by the RIN the article prints, and which suit "the suit" is (census42 P5, P11).
Made-up sentences of the shapes the sets showed."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-10-03"

# P5: an older rule of the agency shares the topic words; the RIN printed after the rule word
# is the exact key
EXCHANGES = (
    "A federal judge in Boston turned down a request by Democratic-led states to freeze a "
    "Trump administration rule that is expected to cut enrollment on the Affordable Care "
    "Act health insurance marketplaces.\n"
    "The judge said the states had not shown the regulation broke the law.\n"
    "The measure {rin}, issued by the Centers for Medicare & Medicaid Services this summer, "
    "adds a $5 charge for some enrollees and shortens sign-up windows. Critics say the rule "
    "will leave many people uninsured.\n"
)


def _regs(text: str, date: str = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_the_rin_printed_after_the_rule_word_picks_the_rule() -> None:
    found = _regs(EXCHANGES.replace("The measure {rin}", "The rule (RIN 0938-AV61)"))
    assert ("The rule", "fr:90:27074") in found
    assert (
        "a Trump administration rule that is expected to cut enrollment",
        "fr:90:27074",
    ) in found
    assert ("the regulation", "fr:90:27074") in found
    assert ("the rule", "fr:90:27074") in found
    assert all(a != "fr:83:38212" for _, a in found)


def test_an_unknown_rin_changes_nothing() -> None:
    found = _regs(EXCHANGES.replace("The measure {rin}", "The rule (RIN 0938-ZZ99)"))
    assert all(a != "fr:90:27074" for _, a in found)


def test_the_rins_a_rows_source_cites_are_read() -> None:
    from linker.scanner.rulerins import rows_by_rin

    # a joint rule cites several RINs; each of them finds it
    targets = {r.target for r in rows_by_rin().get("0938-AT48", ())}
    assert "fr:83:38212" in targets
    assert {r.target for r in rows_by_rin().get("0938-AV61", ())} == {"fr:90:27074"}


def test_a_rule_the_article_names_itself_is_not_re_linked_by_another_rin() -> None:
    text = (
        "The 2018 short-term plan rule let insurers sell plans lasting up to a year. "
        "The rule (RIN 0938-AV61) is another matter.\n"
    )
    found = _regs(text, "2025-10-03")
    assert all(a != "fr:90:27074" for t, a in found if "short-term" in t)


# P11: "The suit is similar to a case filed by …": the suit compared is another one

SUITS = (
    "A federal judge in Massachusetts on Wednesday refused to pause a Trump administration "
    "rule on the Affordable Care Act exchanges at the request of 21 states. Judge Nathaniel "
    "M. Gorton of the US District Court for the District of Massachusetts said the states "
    "were unlikely to win.\n"
    "The rule (RIN 0938-AV61) was issued in June. The suit is {how} a case filed by "
    "Baltimore, Chicago and Columbus, Ohio.\n"
    "The US District Court for the District of Maryland largely stayed the rule in August in "
    "that challenge. Judge Brendan A. Hurson said the cities were likely to succeed.\n"
)


def _cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, DATE) if m.kind == "case"]


def test_the_suit_set_apart_from_a_case_filed_by_others_is_not_theirs() -> None:
    found = _cases(SUITS.format(how="much like"))
    assert ("The suit", "California v. Kennedy") in found
    assert ("The suit", "City of Columbus v. Kennedy") not in found


def test_the_case_filed_by_the_others_is_theirs() -> None:
    found = dict(_cases(SUITS.format(how="much like")))
    assert found.get("a case") == "City of Columbus v. Kennedy"


# P11: "the AGENCY's antitrust litigation against PARTY": one suit, though another suit of the
# court challenges the same act

LITIGATION = (
    "Sept. 3, 2025 A turning point came yesterday in the Justice Department's antitrust "
    "litigation against Google over its search business. U.S. District Judge Amit P. Mehta "
    "issued a long ruling on remedies after finding that Google illegally kept a monopoly in "
    "violation of Section 2 of the Sherman Act.\n"
)


def test_the_agencys_litigation_against_a_party_is_that_suit() -> None:
    found = [
        (m.name, m.court)
        for m in mentions(LITIGATION, "2025-09-03")
        if m.kind == "case" and "litigation" in m.text
    ]
    assert found == [("United States v. Google LLC", "dcd")]


def test_litigation_against_no_party_of_the_suit_stays_at_large() -> None:
    text = LITIGATION.replace("against Google over its search business", "against the firm")
    found = [m for m in mentions(text, "2025-09-03") if m.kind == "case" and "litigation" in m.text]
    assert found == []


# P5: no RIN, but the article's suits all challenge one rule of the agency: that version

NO_RIN = SUITS.replace("The rule (RIN 0938-AV61) was issued in June. ", "").replace(
    "rule on the Affordable Care Act exchanges",
    "rule that is expected to shrink enrollment on the Affordable Care Act health insurance "
    "exchanges",
)


def test_the_version_the_articles_suits_challenge() -> None:
    found = _regs(NO_RIN.format(how="much like"))
    assert found and all(a == "fr:90:27074" for _, a in found)


def test_a_year_by_the_rule_keeps_the_version_it_tells() -> None:
    text = NO_RIN.format(how="much like").replace(
        "a Trump administration rule", "a 2018 Trump administration rule"
    )
    found = _regs(text)
    assert found and all(a != "fr:90:27074" for _, a in found)


# P11: a suit in a state's courts takes no evidence from a U.S. Supreme Court ruling the
# article recalls (another case's)

STATE_SUIT = (
    "A day after voters approved Amendment 3, the ACLU of Missouri, Planned Parenthood Great "
    "Plains and Planned Parenthood Great Rivers filed a lawsuit asking a Jackson County judge "
    "to strike down the state's abortion restrictions. The state's near-total ban took effect "
    "in June 2022, when the U.S. Supreme Court overturned the right to abortion.\n"
)


def test_a_supreme_court_ruling_recalled_is_no_evidence_for_a_state_court_suit() -> None:
    found = _cases(STATE_SUIT)
    assert all(n != "Missouri State Conference of the NAACP v. State of Missouri" for _, n in found)
    assert (
        "a lawsuit",
        "Comprehensive Health of Planned Parenthood Great Plains v. State of Missouri",
    ) in found


def test_the_cms_code_or_docket_printed_after_the_rule_word_picks_the_rule() -> None:
    for key in ("(CMS-9884-F)", "(Docket No. CMS-9884-F)"):
        found = _regs(EXCHANGES.replace("The measure {rin}", f"The rule {key}"))
        assert ("the regulation", "fr:90:27074") in found, key
        assert all(a != "fr:83:38212" for _, a in found), key


def test_a_rin_printed_with_en_dashes_as_the_federal_register_prints_it() -> None:
    found = _regs(EXCHANGES.replace("The measure {rin}", "The rule (RIN 0938\u2013AV61)"))
    assert ("the regulation", "fr:90:27074") in found


# P11: "The suit" after one court's ruling goes on with that ruling's suit, not one whose
# court rules only later in the article

LATER = (
    "A federal judge in Massachusetts on Wednesday refused to pause a Trump administration "
    "rule that is expected to shrink enrollment on the Affordable Care Act health insurance "
    "exchanges. Judge Nathaniel M. Gorton of the US District Court for the District of "
    "Massachusetts said the plaintiffs were unlikely to win.\n"
    "The rule{rin} was issued in June. The suit will go on.\n"
    "The US District Court for the District of Maryland largely stayed the rule in August. "
    "Judge Brendan A. Hurson said Baltimore, Chicago and the other cities were likely to "
    "succeed.\n"
)


def test_the_suit_goes_on_with_the_suit_of_the_ruling_before_it() -> None:
    found = _cases(LATER.format(rin=" (RIN 0938-AV61)"))
    assert ("The suit", "California v. Kennedy") in found


def test_the_suit_is_not_the_suit_of_a_ruling_told_only_later() -> None:
    found = _cases(LATER.format(rin=""))
    assert ("The suit", "City of Columbus v. Kennedy") not in found
