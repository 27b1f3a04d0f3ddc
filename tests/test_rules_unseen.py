"""Agency rules in the shapes unseen news uses (tenth session, issue 13 point 2): sentences
in the shape of real pages found with the search tool (short quotes, or our own wording),
each with the date the article would carry."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"}


def reg_texts(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


def test_biden_era_rule_printed_before_the_inauguration() -> None:
    # newsbuck (Sheppard Mullin), May 2025: the medical debt rule was printed on Jan. 14,
    # 2025, in the Biden administration's last week: a "Biden-era rule" may be of 2025
    text = (
        "On May 1, the CFPB filed a joint motion with two financial trade groups to vacate a "
        "Biden-era rule barring most medical debt from appearing on consumer credit reports."
    )
    assert ("a Biden-era rule barring most medical debt", "fr:90:3276") in regs(text, "2025-05-02")


def test_trump_administration_rule_of_the_second_term() -> None:
    # our own sentence: a 2025 rule is the Trump administration's (its second term)
    from linker.scanner.namedrules import in_term
    from linker.scanner.orderdata import rules

    by_id = {r.authority: r for r in rules()}
    assert in_term(by_id["fr:90:17182"], "Trump")
    assert not in_term(by_id["fr:90:17182"], "Biden")
    assert in_term(by_id["fr:90:3276"], "Biden")
    assert not in_term(by_id["fr:90:3276"], "Trump")


def test_lettered_regulation_is_no_rule_word() -> None:
    # Cooley, Aug. 2025: "promulgated Regulation II" is the lettered regulation, not a rule
    # of the Federal Reserve told by the words after it
    text = (
        "In 2011, to implement the Durbin Amendment, the Federal Reserve promulgated "
        "Regulation II, which permits issuers to recoup not only incremental costs."
    )
    found = reg_texts(text, "2025-08-15")
    assert found.get("Regulation II") == "cfr:12:235"
    assert not any(t.startswith("the Federal Reserve") for t in found)


def test_agency_abbreviation_is_not_the_rules() -> None:
    # Hooper Lundy, Apr. 2025: "(“FDA”)" after "a final rule from the Food and Drug
    # Administration" abbreviates the agency; "FDA" later is no mention of the rule
    text = (
        "On March 31, 2025, a federal judge vacated a final rule from the Food and Drug "
        "Administration (“FDA”) on laboratory developed tests. The FDA has not said whether "
        "it will appeal."
    )
    found = reg_texts(text, "2025-04-02")
    assert "FDA" not in found


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # UPI, Aug. 2023: borrowers defrauded by their schools are the borrower defense rule's,
        # not the SAVE plan's (both Biden rules for student loan borrowers)
        (
            "A federal appeals court sided with a group of Texas for-profit colleges on Monday, "
            "blocking a recently enacted Biden administration rule that makes it easier for "
            "borrowers defrauded by their schools to receive loan relief.",
            "2023-08-08",
            (
                "Biden administration rule that makes it easier for borrowers defrauded",
                "fr:87:65904",
            ),
        ),
        # ABA Health Law, Nov. 2019: a Final Rule told by what it recognizes, HHS its agency
        (
            "In May 2019, HHS published a Final Rule recognizing the right of an individual or "
            "entity to abstain from participation in medical procedures on account of a "
            "religious or moral objection.",
            "2019-11-08",
            ("a Final Rule", "fr:84:23170"),
        ),
        # Protect Democracy, 2023: OPM's proposal to reinforce protections is the 2023 one,
        # not the 2025 Schedule Policy/Career proposal
        (
            "On September 18th, the Office of Personnel Management (OPM) announced a proposed "
            "rule to reinforce long-standing protections for federal civil servants.",
            "2023-09-20",
            ("a proposed rule", "fr:88:63862"),
        ),
        # businessnewsdaily, Apr. 2025: a proposal to revive Schedule F is the 2025 one
        (
            "The Office of Personnel Management on Friday filed proposed regulations that would "
            "formally revive Schedule F.",
            "2025-04-19",
            ("proposed regulations that would formally revive Schedule F", "fr:90:17182"),
        ),
        # NatLawReview, Dec. 2024: an SRO's rule the SEC approved, by the SEC's order
        (
            "In a 9–8 decision, the Fifth Circuit struck down the Nasdaq Stock Market’s board "
            "diversity rules, holding that the SEC exceeded its authority when it approved them.",
            "2024-12-12",
            ("board diversity rules", "fr:86:44424"),
        ),
    ],
)
def test_rows_told_by_their_words(text: str, date: str, want: tuple[str, str]) -> None:
    assert want in regs(text, date)


def state_rules(text: str, date: str | None = None) -> dict[str, str | None]:
    return {
        m.text: m.name
        for m in mentions(text, date)
        if m.kind == "regulation" and m.authority is None
    }


def test_state_board_rule_and_its_repeated_topic() -> None:
    # in the shape of a Reuters/Epoch Times report, Oct. 2024: the rule named by its topic
    # before the board is named, the board's rules by what it passed, the topic repeated
    text = (
        "A Georgia judge ruled the hand count rule was too much, too late. Judge Robert "
        "McBurney ruled that pausing the new hand count rule was appropriate. The lawsuit "
        "centered around six rules passed by the Georgia State Election Board on Sept. 20. "
        "The plaintiffs deemed the Hand Count Rule the most disruptive of the six."
    )
    found = state_rules(text, "2024-10-16")
    # (twenty-eighth session: the hand count rule is a row of ``state_rules.csv``, so it
    # carries that row's id and name)
    known = {m.text: (m.authority, m.name) for m in mentions(text, "2024-10-16") if m.authority}
    row = ("state:ga:rule:183-1-12-.12", "Georgia State Election Board hand-count rule")
    assert known.get("the hand count rule") == row
    assert known.get("the new hand count rule") == row
    assert known.get("the Hand Count Rule") == row
    assert found.get("six rules passed by the Georgia State Election Board") == (
        "Georgia State Election Board rules"
    )


def test_state_body_owns_its_rule() -> None:
    # our own sentences: a possessive state body, "state" before an acronym
    found = state_rules(
        "Democrats sued over the Georgia State Election Board's new certification rule."
    )
    assert found == {
        "Georgia State Election Board's new certification rule": (
            "Georgia State Election Board certification rule"
        )
    }
    found = state_rules(
        "The lawsuit concerned a state DOH regulation that establishes isolation and "
        "quarantine procedures in New York."
    )
    assert list(found.values()) == ["New York DOH regulation"]


@pytest.mark.parametrize(
    "text",
    [
        # federal bodies with "Board" or "Department" in their names
        "The Federal Reserve Board's rule caps debit card swipe fees.",
        "The National Labor Relations Board's new rule took effect on Monday.",
        "The State Department's new visa rule drew criticism from universities.",
        "The Board of Governors of the Federal Reserve System issued a rule on Friday.",
        # a board with no state
        "The board's rule on dress codes was changed by the school last year.",
    ],
)
def test_no_state_rule_without_a_state_body(text: str) -> None:
    assert not any(m.matcher == "staterules" for m in mentions(text, "2024-10-01"))


def test_state_rule_has_no_federal_register_search() -> None:
    from linker.models import Mention
    from linker.resolve import link_mention

    m = Mention(
        0, 10, "the rule", "regulation", name="Georgia State Election Board hand count rule"
    )
    assert link_mention(m).url is None
    fed = Mention(0, 10, "the rule", "regulation", name="Final Delay Rule")
    assert link_mention(fed).url is not None


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # Fierce Healthcare, May 2025: the Federal Register title without its "(Regulation V)"
        (
            "The CFPB joined trade groups in requesting that the court set aside the Prohibition "
            "on Creditors and Consumer Reporting Agencies Concerning Medical Information.",
            "2025-05-01",
            (
                "Prohibition on Creditors and Consumer Reporting Agencies Concerning Medical "
                "Information",
                "fr:90:3276",
            ),
        ),
        # MedPage Today, Nov. 2019: the first part of a combined title ("…; Delegations of
        # Authority")
        (
            'A federal judge determined that a rule issued by HHS in May 2019, "Protecting '
            'Statutory Conscience Rights in Health Care," is unconstitutional.',
            "2019-11-07",
            ("Protecting Statutory Conscience Rights in Health Care", "fr:84:23170"),
        ),
    ],
)
def test_federal_register_title_in_prose(text: str, date: str, want: tuple[str, str]) -> None:
    assert want in regs(text, date)


def test_a_date_after_on_is_no_topic() -> None:
    # Fierce Healthcare, May 2025: "issued the final rule on Jan. 7" refers back; "Jan" is
    # no word to search the Federal Register by
    text = (
        "The CFPB asked the court to vacate its rule barring medical debt from credit reports. "
        "CFPB had issued the final rule on Jan. 7 under the Biden administration."
    )
    found = reg_texts(text, "2025-05-01")
    assert "the final rule on Jan" not in found
    assert found.get("the final rule") == "fr:90:3276"


def test_cfr_parts_in_prose_take_the_named_rules_title() -> None:
    # businessnewsdaily, Apr. 2025 (shortened): the parts' title is the named rule's (5 CFR)
    text = (
        "The Biden administration filed its own regulations last year seeking to prevent "
        "Schedule F’s return. “That rule used delegated presidential authority to amend parts "
        "210 and 302 of the civil service regulations,” OPM wrote."
    )
    found = reg_texts(text, "2025-04-19")
    assert found.get("parts 210 and 302 of the civil service regulations") == "cfr:5:210"


def test_cfr_parts_without_a_title_are_not_guessed() -> None:
    # our own sentence: no rule and no agency tells the title
    text = "The company said parts 12 and 13 of the new regulations were unclear."
    assert not any(a and a.startswith("cfr:") for a in reg_texts(text, "2025-01-01").values())


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # MedPage Today, Nov. 2019: "that a rule issued by …" opens on the last determiner
        (
            "A federal district judge determined that a rule issued by the Department of Health "
            "and Human Services (HHS) in May 2019 on conscience rights is unconstitutional.",
            "2019-11-07",
            (
                "a rule issued by the Department of Health and Human Services (HHS)",
                "fr:84:23170",
            ),
        ),
        # Law Street, Jan. 2021: a quoted word between the agency and the rule word
        (
            "The complaint claims that the EPA’s “sweeping” new rule will cripple the agency by "
            "limiting which scientific evidence it can consider.",
            "2021-01-12",
            ("the EPA’s “sweeping” new rule", "fr:86:469"),
        ),
    ],
)
def test_agency_rule_phrases(text: str, date: str, want: tuple[str, str]) -> None:
    assert want in regs(text, date)


def test_initials_of_a_named_rule() -> None:
    # Duane Morris, Mar. 2025: the alias's initials with a rule word, never defined
    text = (
        "The court will review the Fifth Circuit's decision enjoining the U.S. Department of "
        "Education's 2022 Borrower Defense to Repayment final rule. The government could "
        "reassess its position on the validity of the 2022 BDR rule."
    )
    assert ("the 2022 BDR rule", "fr:87:65904") in regs(text, "2025-03-20")


def test_initials_alone_are_nothing() -> None:
    # our own sentence: no rule of those initials named
    text = "The BDR rule of the league changed last year."
    assert "the BDR rule" not in reg_texts(text, "2025-03-20")


def test_term_defined_after_a_sentence_opening_on_this_rule() -> None:
    # Hooper Lundy, Apr. 2025: "This rule … (the “Final Rule”)": the rule named before
    text = (
        "A federal judge vacated a final rule from the Food and Drug Administration on "
        "laboratory developed tests. This rule would have applied certain FDA regulations to "
        "laboratory-developed tests (the “Final Rule”). The court vacated the Final Rule "
        "nationwide."
    )
    assert reg_texts(text, "2025-04-02").get("the Final Rule") == "fr:89:37286"


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # CFS Review, Nov. 2020: the year of the clause after the name picks the version
        (
            "The court compared the disparate impact rule HUD had issued in 2013 to the new one.",
            "2020-11-01",
            ("disparate impact rule", "fr:78:11460"),
        ),
        # NatLawReview, 2023 (undated page): "first promulgated" is the first version
        (
            "Ten years after the US Department of Housing and Urban Development (HUD) first "
            "promulgated its disparate impact rule, the court granted HUD’s motion.",
            None,
            ("disparate impact rule", "fr:78:11460"),
        ),
    ],
)
def test_version_told_around_the_name(text: str, date: str | None, want: tuple[str, str]) -> None:
    assert want in regs(text, date)


def test_undated_borrower_defense_rule_takes_the_part_its_versions_share() -> None:
    # AP (undated page): borrowers defrauded by their schools are borrower defense's; no
    # word tells the 2016, 2019 or 2022 version, so the part they all amend
    text = (
        "A long-delayed federal rule intended to protect student loan borrowers who were "
        "defrauded by their schools went into effect, after the Education Department ended "
        "efforts to stall it."
    )
    assert set(reg_texts(text, None).values()) == {"cfr:34:685"}


def test_lettered_regulation_told_by_its_name_words() -> None:
    # MCUL, Aug. 2025 (shortened): "the 2011 debit interchange rule" beside "Regulation II"
    text = (
        "A federal court vacated the 2011 debit interchange rule. The court held that "
        "Regulation II unlawfully lets issuers recover costs the Durbin Amendment excludes."
    )
    found = reg_texts(text, "2025-08-15")
    assert found.get("the 2011 debit interchange rule") == "cfr:12:235"
    # without the lettered regulation named, nothing
    assert "the 2011 debit interchange rule" not in reg_texts(
        "A federal court vacated the 2011 debit interchange rule.", "2025-08-15"
    )
