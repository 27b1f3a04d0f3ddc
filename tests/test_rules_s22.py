"""Agency rules and precedents told in words, twenty-second session: a decision told by the
case it overturned, a case the Supreme Court took up told by its subject, an agency's undoing
of a rule told as a noun before the rule is named, an era in apposition. Sentences of our own
in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-09-10"


def _found(text: str, kind: str, date: str = DATE) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.name) for m in mentions(text, date) if m.kind == kind]


# --- precedents told by the case they overturned ---------------------------------------


def test_the_decision_to_overturn_a_case_is_the_case_that_overruled_it() -> None:
    text = (
        "Opponents of the old statute said the U.S. Supreme Court’s 2022 decision to "
        "overturn Roe brought it back to life."
    )
    cases = _found(text, "case")
    assert ("the U.S. Supreme Court’s 2022 decision", "cite:597:us:215") in [
        (t, a) for t, a, _ in cases
    ]
    assert ("Roe", "cite:410:us:113") in [(t, a) for t, a, _ in cases]
    assert not _found(text, "ruling")


def test_the_overturning_decision_without_a_year() -> None:
    text = (
        "Federal agencies lost many suits after the high court's ruling overturning Chevron "
        "in a fishing case."
    )
    cases = [(t, a) for t, a, _ in _found(text, "case")]
    assert ("the high court's ruling", "cite:603:us:369") in cases


def test_the_overturning_decision_told_by_its_age() -> None:
    text = (
        "The Supreme Court's 2024 ruling may ease some of the anger at the court stirred by "
        "the decision two years ago overturning Roe v. Wade."
    )
    cases = [(t, a) for t, a, _ in _found(text, "case", "2024-06-28")]
    assert ("the decision two years ago", "cite:597:us:215") in cases
    # an age that gives another year is not it
    assert all(
        a != "cite:597:us:215"
        for _, a, _ in _found(text.replace("two years", "ten years"), "case", "2024-06-28")
    )


def test_a_year_that_is_not_the_overruling_case_s_links_nothing() -> None:
    text = "Critics said the Supreme Court's 2019 decision to overturn Roe v. Wade never came."
    assert all(a != "cite:597:us:215" for _, a, _ in _found(text, "case"))


def test_a_decision_to_overturn_that_is_no_court_s_is_not_a_precedent() -> None:
    text = "The legislature's decision to overturn Roe v. Wade's protections drew protests."
    assert all(a != "cite:597:us:215" for _, a, _ in _found(text, "case"))


# --- a case the Supreme Court took up, told by its subject -------------------------------


def test_a_case_the_supreme_court_agreed_to_hear_is_the_case() -> None:
    text = (
        "The U.S. Supreme Court agreed in March to hear a Colorado case about whether states "
        "may enforce laws banning conversion therapy for minors."
    )
    cases = _found(text, "case")
    assert ("a Colorado case", None, "Chiles v. Salazar") in cases


def test_a_state_s_case_the_court_heard_is_the_case_on_the_article_s_subject() -> None:
    text = (
        "A federal appeals court blocked a city's ban on conversion therapy for minors on "
        "Tuesday.\n\nThe decision comes weeks after the U.S. Supreme Court heard arguments "
        "in a Colorado case that could settle the question for the whole country."
    )
    assert ("a Colorado case", None, "Chiles v. Salazar") in _found(text, "case")
    other = text.replace("Colorado case", "Kansas case")
    assert all(n != "Chiles v. Salazar" for _, _, n in _found(other, "case"))


def test_a_state_court_s_case_or_another_state_s_case_is_not_it() -> None:
    for text in (
        "The Kansas Supreme Court agreed to hear a Wichita case about conversion therapy.",
        "The U.S. Supreme Court agreed to hear an Oregon case about conversion therapy rules.",
    ):
        assert all(n != "Chiles v. Salazar" for _, _, n in _found(text, "case")), text


def test_a_back_reference_with_the_justices_vote_is_the_precedent() -> None:
    text = (
        "The groups say the agency repeats arguments the justices rejected in "
        "Massachusetts v. EPA (2007). That 5-4 ruling held that greenhouse gases are air "
        "pollutants."
    )
    cases = [(t, a) for t, a, _ in _found(text, "case", "2026-02-20")]
    assert ("That 5-4 ruling", "cite:549:us:497") in cases


def test_a_vote_back_reference_after_a_lower_court_s_ruling_is_not_the_precedent() -> None:
    text = (
        "A federal judge in Boston ruled on Monday that the agency had to act, citing "
        "Massachusetts v. EPA (2007). That 2-1 ruling will be appealed."
    )
    assert all(a != "cite:549:us:497" or t != "That 2-1 ruling" for t, a, _ in _found(text, "case"))


# --- an agency's undoing told as a noun, an era in apposition ----------------------------

_RESCISSION = "fr:91:7686"  # the 2026 rescission of the endangerment finding
_FINDING = "fr:74:66496"  # the 2009 endangerment finding


def test_an_undoing_told_before_the_rule_is_named_is_that_rule() -> None:
    text = (
        "Several medical groups sued the Environmental Protection Agency on Tuesday, "
        "contesting the revoking of a landmark scientific finding that underpins federal "
        "climate policy. A rule finalized by the EPA this month rescinded the 2009 "
        "endangerment finding."
    )
    regs = [(t, a) for t, a, _ in _found(text, "regulation", "2026-02-25")]
    # (twenty-third session: the undoing and the thing undone are two mentions, as the gold
    # of blind27, blind31 and blind35 splits them)
    assert ("the revoking", _RESCISSION) in regs
    assert ("a landmark scientific finding", "fr:74:66496") in regs


def test_an_undoing_of_a_kind_with_no_undoing_rule_near_links_nothing() -> None:
    text = (
        "Several medical groups sued the city on Tuesday, contesting the repeal of a zoning "
        "rule that protected wetlands."
    )
    assert not _found(text, "regulation", "2026-02-25")


def test_an_era_in_apposition_to_a_rule_is_that_rule() -> None:
    text = (
        "The agency finalized a rule last week revoking the 2009 endangerment finding, an "
        "Obama-era determination that greenhouse gases endanger public health."
    )
    regs = [(t, a) for t, a, _ in _found(text, "regulation", "2026-02-25")]
    assert ("an Obama-era determination", _FINDING) in regs


def test_an_era_that_is_not_the_rule_s_is_no_apposition() -> None:
    text = (
        "The agency finalized a rule last week revoking the 2009 endangerment finding, a "
        "Trump-era determination critics disputed."
    )
    regs = [(t, a) for t, a, _ in _found(text, "regulation", "2026-02-25")]
    assert all(t != "a Trump-era determination" for t, _ in regs)


def test_the_repeal_is_the_rule_that_undoes_not_one_that_also_repeals_in_its_title() -> None:
    text = (
        "The EPA finalized a rule last week rescinding the 2009 endangerment finding. The "
        "finding underpinned vehicle standards and the 2024 power plant rule. The repeal "
        "takes effect in April."
    )
    regs = [(t, a) for t, a, _ in _found(text, "regulation", "2026-02-25")]
    assert ("The repeal", _RESCISSION) in regs


def test_rules_counted_as_several_are_no_one_rule() -> None:
    text = (
        "The labor board finalized its rollback of several Trump-era union election rules "
        "on Friday."
    )
    assert all(t != "union election rules" for t, _, _ in _found(text, "regulation", "2024-07-30"))


def test_a_kind_of_rule_in_a_list_of_kinds_is_no_one_rule() -> None:
    text = (
        "The finding was the legal basis for vehicle emission standards, power plant "
        "regulations, and other climate rules under the Clean Air Act."
    )
    regs = [t for t, _, _ in _found(text, "regulation", "2026-02-25")]
    assert "power plant regulations" not in regs
    # the same words standing alone are still the rule
    alone = "The EPA's power plant regulations were finalized in April 2024."
    assert _found(alone, "regulation", "2024-06-01")


# --- a rule's term where the article defines it -------------------------------------------


def test_a_term_defined_after_the_agency_made_the_rule_is_the_rule_there_and_after() -> None:
    text = (
        "The agency will keep parts of the Biden-era PFAS drinking water rule. On April 10, "
        "2024, the EPA established limits for six chemicals (the MCL Rule), giving utilities "
        "until 2029. The EPA will defend the MCL Rule in court."
    )
    defined = [
        m.authority
        for m in mentions(text, "2025-05-20")
        if m.kind == "regulation" and m.text == "the MCL Rule"
    ]
    assert defined == ["fr:89:32532", "fr:89:32532"]


def test_another_agency_s_act_defines_no_term_for_the_rule() -> None:
    text = (
        "The agency will keep parts of the Biden-era PFAS drinking water rule. In 2024 the "
        "FDA established limits for six chemicals in food (the MCL Rule). The FDA will "
        "defend the MCL Rule in court."
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2025-05-20") if m.kind == "regulation"]
    assert ("the MCL Rule", "fr:89:32532") not in regs


# --- what refers back to a proposal, and "that rule" -----------------------------------------

_PROPOSAL = "fr:90:17182"  # OPM's 2025 Schedule Policy/Career proposal
_OPM_2024 = "fr:89:24982"  # OPM's 2024 civil service rule


def test_plural_regulations_after_proposed_regulations_are_the_proposal() -> None:
    text = (
        "The Office of Personnel Management on Friday filed proposed regulations that would "
        "revive Schedule F. The Biden administration had filed its own regulations last year "
        "to block Schedule F. The proposed regulations move the final say to the president. "
        "And the regulations repeat language from earlier OPM guidance."
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2025-04-20") if m.kind == "regulation"]
    assert ("the regulations", _PROPOSAL) in regs


def test_that_rule_is_the_rule_the_sentence_before_referred_back_to() -> None:
    text = (
        "The Office of Personnel Management on Friday filed proposed regulations that would "
        "revive Schedule F, stripping protections from thousands of federal workers.\n"
        "The proposal, due in the Federal Register next week, creates a new job category and "
        "faults the Biden administration, which filed its own regulations last year to block "
        "Schedule F.\nThe proposed regulations move the final say on conversions to the "
        "president.\nAnd the regulations repeat language from earlier OPM guidance about "
        "notice and comment.\n"
        '"The executive order also overrode large parts of the April 2024 final rule," OPM '
        'wrote. "That rule relied on delegated authority."'
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2025-04-20") if m.kind == "regulation"]
    assert ("the April 2024 final rule", _OPM_2024) in regs
    assert ("That rule", _OPM_2024) in regs


def test_after_the_repeal_the_finding_is_the_rule_the_repeal_undoes() -> None:
    text = (
        "The EPA finalized a rule last week revoking the 2009 endangerment finding. The "
        "repeal rests on a reading of the Clean Air Act that the agency says the courts "
        "now favor. The administrator called the finding a costly mistake."
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2026-02-25") if m.kind == "regulation"]
    assert ("the finding", _FINDING) in regs


def test_the_set_a_collective_term_is_defined_for_is_the_rule() -> None:
    text = (
        "The Private Fund Adviser Rules drew suits at once. In June, the appeals court "
        "vacated the whole set of regulations, including changes to older rules "
        "(collectively, the Rules), adopted by the SEC in 2023. The Rules would have "
        "required quarterly statements."
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2024-06-10") if m.kind == "regulation"]
    assert ("the whole set of regulations", "fr:88:63206") in regs
