"""Twenty-seventh session (census37 P1, P3, P8, P9, P10): case references, ruling shapes,
over-reads, a state's right and state-law surface variants. Made-up sentences of the shapes
the census showed."""

from __future__ import annotations

from conftest import mentions, rulings


def _found(text: str, date: str | None = "2025-09-01") -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.authority) for m in mentions(text, date)]


def _cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, "2025-09-01") if m.kind == "case"]


# --------------------------------------------------------------------------- P3 ruling shapes


def test_an_appeals_court_that_shut_down_a_bid_ruled() -> None:
    found = rulings(
        "A federal appeals court on Tuesday shut down a bid by the agency to delay a rule."
    )
    assert [m.text for m in found] == [
        "A federal appeals court on Tuesday shut down a bid by the agency to delay"
    ]
    assert rulings("The company shut down the plant on Friday.") == []


def test_a_splintered_opinion_refers_back_to_the_ruling() -> None:
    text = (
        "The Supreme Court on Thursday blocked the agency from adding a question to the "
        "survey.\n\nChief Justice Ann Holt wrote the splintered opinion."
    )
    assert ("the splintered opinion", "scotus") in [(m.text, m.court) for m in rulings(text)]


def test_judges_of_two_named_courts_rule_as_one_subject() -> None:
    text = (
        "Federal judges in three states on Monday issued nationwide injunctions against the "
        "fee rule.\nJudges in the U.S. District Court for the District of Oregon and the "
        "Western District of Texas both issued injunctions. The agency may appeal both "
        "rulings, a spokesman said."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert (
        "Federal judges in three states on Monday issued nationwide injunctions",
        "ord",
    ) in found
    assert any(t.startswith("Judges in the U.S. District Court") and c == "ord" for t, c in found)
    assert ("both rulings", "ord") in found


def test_judges_of_one_court_are_left_to_the_clause_patterns() -> None:
    text = "Judges in the District of Oregon issued 40 rulings last year."
    assert not any(m.text.startswith("Judges in") for m in rulings(text))


def test_a_statement_of_the_days_ruling_in_quotation_marks_reports_it() -> None:
    text = (
        "“Yesterday, the United States Court of Appeals for the Tenth Circuit wrongly held "
        "that the state may ban the books,” the group's statement said."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert found == [
        ("the United States Court of Appeals for the Tenth Circuit wrongly held", "ca10")
    ]
    assert rulings("“The court held that we lose,” she said.") == []


def test_a_county_a_law_was_barred_in_is_no_case() -> None:
    text = (
        "The law was briefly barred from being enforced in Shelby County before the appeals "
        "court ruled."
    )
    assert _cases(text) == []
    text = "Voting groups said the Shelby County decision still matters."
    assert _cases(text) == [("the Shelby County decision", "Shelby County v. Holder")]


# --------------------------------------------------------------------------- P8 over-reads


def test_a_decision_whether_to_is_a_choice_not_a_ruling() -> None:
    text = (
        "The Norland Supreme Court ruled Thursday that the ban can't be enforced.\n\n"
        "“Few choices are more private than the decision whether to have a child,” Justice Ann "
        "Roe wrote. “Our privacy right must protect that decision.”"
    )
    texts = [m.text for m in rulings(text)]
    assert "the decision" not in texts
    assert "that decision" not in texts


def test_a_sentence_told_in_an_appeal_to_a_high_court_is_no_ruling_of_it() -> None:
    text = (
        "The Washington Supreme Court struck down the state's drug possession law on "
        "Thursday. “It is wrong,” Justice Mary Ellen Lund wrote in the majority opinion.\n\n"
        "Lund noted the woman was found guilty at a bench trial. She was sentenced to three "
        "days in jail."
    )
    assert not any("sentenced" in m.text for m in rulings(text))


# --------------------------------------------------------------------------- P1 case references


def test_a_state_case_known_as_a_caption_is_that_case() -> None:
    text = (
        "The justices turned away two appeals on Monday.\n\nThe Vermont case, known as Pell "
        "v. Orton, challenged a 2022 state law."
    )
    assert ("The Vermont case", "Pell v. Orton") in _cases(text)
    text = "The justices ruled on Monday.\n\nThe case, known as Pell v. Orton, began in 2022."
    assert [t for t, _ in _cases(text)] == ["Pell v. Orton"]


def test_a_common_surname_party_told_as_the_case() -> None:
    text = (
        "On June 25, the Supreme Court issued its decision in Acme LLC v. Ramirez, changing "
        "the law of standing.\n\nIn Ramirez, a store ran a check on the plaintiff. The check, "
        "provided by Acme, showed an error.\n\nThe impact of the holding in Ramirez will "
        "likely reach other claims."
    )
    found = _cases(text)
    assert found.count(("Ramirez", "Acme LLC v. Ramirez")) == 2
    assert ("Acme", "Acme LLC v. Ramirez") not in found


def test_a_landmark_described_in_apposition_is_the_case() -> None:
    text = (
        "The ban took effect after the U.S. Supreme Court overturned Roe v. Wade, the 1973 "
        "landmark ruling that had guaranteed the right to abortion."
    )
    found = _found(text)
    assert ("the 1973 landmark ruling", "case", "cite:410:us:113") in found
    assert not any(k == "ruling" and t == "the 1973 landmark ruling" for t, k, _ in found)


def test_the_case_after_the_courts_decision_noun_is_still_the_named_case() -> None:
    text = (
        "The Supreme Court denied review of a lower court's decision to uphold the law in the "
        "case Friends of Ann v. Roe on Monday.\n\nIn September, the appeals court rejected a "
        "petition for rehearing.\n\nNow the Supreme Court also formally denied the writ of "
        "certiorari.\n\nThe attorney general applauded the Supreme Court's decision to reject "
        "a review of the case, calling it a win."
    )
    assert ("the case", "Friends of Ann v. Roe") in _cases(text)


def test_the_case_before_its_caption_in_the_next_paragraph() -> None:
    text = (
        "Tenant groups in June, bringing a suit in the D.C. Circuit, challenged the agency's "
        "delay. Landlord groups intervened in the case to support the agency.\n\nJudges Ann "
        "Holt and Ben Osei made up the panel in the case Harbor Tenants Union v. HUD."
    )
    assert ("the case", "Harbor Tenants Union v. HUD") in _cases(text)


def test_a_partys_initials_are_the_party_not_an_act() -> None:
    text = (
        "The court, in its ruling in American Health Care Association v. Kennedy, vacated the "
        "rule.\n\nThe agency may appeal this ruling in a case filed by AHCA and four nursing "
        "homes."
    )
    found = _found(text)
    assert not any(k == "bill" for _, k, _ in found)
    assert ("a case filed by AHCA", "American Health Care Association v. Kennedy") in _cases(text)


# --------------------------------------------------------------------------- P9, P10 state law


def test_a_states_right_told_by_its_possessive() -> None:
    found = _found("Lawyers said Montana's right to privacy protects the choice.")
    assert ("Montana's right to privacy", "constitution", "state:mt:const:2-10") in found
    text = (
        "South Carolina's top court heard the case. Doctors argued that the ban breaches the "
        "state's right to privacy."
    )
    assert ("the state's right to privacy", "constitution", "state:sc:const:1-10") in _found(text)
    assert not any(
        k == "constitution"
        for _, k, _ in _found("Ohio defended the state's right to regulate clinics.")
    )


def test_a_whole_constitution_takes_the_one_section_named_just_after() -> None:
    text = (
        "The South Carolina Supreme Court ruled Thursday that the ban violates the state's "
        "constitution.\n\nIn a 3-2 decision, the court ruled that the ban violates the state's "
        "right to privacy."
    )
    found = _found(text)
    assert ("the state's constitution", "constitution", "state:sc:const:1-10") in found


def test_a_bracketed_states_possessive_refers_back_to_its_law() -> None:
    text = (
        "Tennessee's Senate Bill 3 bans drag shows in public places.\n\n"
        "“We will keep defending [Tennessee’s] law in court,” the attorney general said."
    )
    assert ("[Tennessee’s] law", "statute", "state:tn:bill:sb3") in _found(text)


def test_a_state_law_by_its_topic_with_an_opinion_adjective() -> None:
    text = (
        "The justices declined cases on Delaware's rifle ban as well as Maryland's burdensome "
        "handgun licensing requirements on Monday."
    )
    found = _found(text, "2025-01-14")
    assert (
        "Maryland's burdensome handgun licensing requirements",
        "statute",
        "state:md:bill:sb281",
    ) in found
