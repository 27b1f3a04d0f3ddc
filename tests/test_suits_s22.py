"""Suits told by who sued whom, and what refers back to them (twenty-second session): our own
sentences in the shapes news uses."""

from __future__ import annotations

from conftest import mentions


def _cases(text: str, date: str | None = "2025-09-01") -> dict[str, str | None]:
    return {m.text: m.name for m in mentions(text, date) if m.kind == "case"}


def test_the_one_sued_named_in_full_is_the_captions_initials() -> None:
    text = (
        "A coalition of roofing contractors sued the Federal Trade Commission on Monday, "
        "challenging a new warranty rule. The lawsuit, Acme Roofing Guild v. FTC, was filed "
        "in Dallas."
    )
    found = _cases(text)
    assert found["sued the Federal Trade Commission"] == "Acme Roofing Guild v. FTC"


def test_initials_that_are_another_names_do_not_match() -> None:
    text = (
        "A coalition of roofing contractors sued the Federal Housing Administration on "
        "Monday. The lawsuit, Acme Roofing Guild v. FTC, was filed in Dallas."
    )
    assert "sued the Federal Housing Administration" not in _cases(text)


def test_of_two_known_suits_against_one_official_the_one_the_article_refers_to() -> None:
    text = (
        "U.S. District Judge Jia Cobb in Washington ruled Friday that the government may not "
        "put humanitarian parolees into expedited removal. The case was brought by immigrant "
        "advocates.\n\nAdvocacy groups sued Homeland Security Secretary Kristi Noem this "
        "spring to challenge the expansion of fast-track deportations."
    )
    found = {m.text: m for m in mentions(text, "2025-08-02") if m.kind == "case"}
    assert found["The case"].name == "Coalition for Humane Immigrant Rights v. Noem"
    sued = found["sued Homeland Security Secretary Kristi Noem"]
    assert sued.name == "Coalition for Humane Immigrant Rights v. Noem"


def test_a_complaint_filed_in_a_court_told_by_its_own_words() -> None:
    text = (
        "The Department of Justice has filed a complaint in the Eastern District of Kentucky "
        "against a Kentucky regulation that grants in-state tuition to students without "
        "legal status. In the complaint, the government asks the court to block the rule."
    )
    found = {m.text: m for m in mentions(text, None) if m.kind == "case"}
    assert found["the complaint"].name == "United States v. Beshear"
    assert found["the complaint"].court == "kyed"


def test_a_complaint_filed_in_that_court_on_another_topic_stays_unlinked() -> None:
    text = (
        "The Department of Justice has filed a complaint in the Eastern District of Kentucky "
        "against a county jail over its medical care. In the complaint, the government asks "
        "the court to appoint a monitor."
    )
    assert "the complaint" not in _cases(text, None)


def test_sued_the_state_is_the_caption_whose_party_is_a_state() -> None:
    text = (
        "The state's high court ruled that the nine ranchers who sued the state in a "
        "long-running water-rights lawsuit may go to trial. The decision upheld a lower court "
        "ruling in Dalberg v. Nevada, in which the ranchers argued the state took their water."
    )
    found = _cases(text)
    assert found["sued the state in a long-running water-rights lawsuit"] == "Dalberg v. Nevada"


def test_sued_the_state_with_two_state_captions_stays_unlinked() -> None:
    text = (
        "The ranchers who sued the state in a water lawsuit lost. The court cited Dalberg v. "
        "Nevada and Orme v. Utah."
    )
    assert not any(k.startswith("sued the state") for k in _cases(text))


def test_sued_the_city_is_the_known_suit_whose_party_is_a_city() -> None:
    text = (
        "A federal judge has ruled that the City of Newton violated a critic's rights. In a "
        "ruling issued Monday, Chief Judge Stephanie M. Rose of the U.S. District Court for "
        "the Southern District of Iowa said the derogatory comments rule silenced criticism. "
        "After Noah Petersen was arrested at two city council meetings, he sued the city."
    )
    found = {m.text: m for m in mentions(text, "2026-02-25") if m.kind == "case"}
    assert found["sued the city"].name == "Petersen v. City of Newton"
    assert found["sued the city"].court == "iasd"


def test_a_2025_school_law_suit_is_not_the_2023_suit_over_a_bill_of_the_same_number() -> None:
    text = (
        "A federal judge in Houston has blocked parts of Senate Bill 12 in three school "
        "districts while the legal challenge goes on. U.S. District Judge Charles Eskridge "
        "also dismissed Education Commissioner Mike Morath from the case."
    )
    found = {m.text: m for m in mentions(text, "2026-02-21") if m.kind == "case"}
    assert found["the legal challenge"].name == "GSA Network v. Morath"


_TEN_COMMANDMENTS = (
    "A federal judge in San Antonio on Tuesday blocked more school districts from posting "
    "the Ten Commandments under Senate Bill 10. U.S. District Judge Orlando L. Garcia wrote "
    "that the displays coerce students. "
)


def test_a_suit_told_by_what_it_was_brought_for_is_the_one_suit_in_play() -> None:
    text = _TEN_COMMANDMENTS + (
        "In September, a group of families sued to stop the districts from hanging Ten "
        "Commandments posters. The September suit named 14 districts."
    )
    found = {m.text: m for m in mentions(text, "2025-11-19") if m.kind == "case"}
    assert found["sued to stop"].name == "Cribbs Ringer v. Comal Independent School District"
    assert found["The September suit"].name == found["sued to stop"].name


def test_a_suit_that_could_have_been_brought_is_no_mention() -> None:
    text = _TEN_COMMANDMENTS + "Parents say they could have sued to stop the posters sooner."
    assert "sued to stop" not in _cases(text, "2025-11-19")


def test_a_suit_brought_for_something_with_no_suit_in_evidence_stays_unlinked() -> None:
    text = "Neighbors sued to stop the county from paving the road. A hearing is set for May."
    assert _cases(text) == {}


_KENTUCKY = (
    "The Department of Justice has filed a complaint in the Eastern District of Kentucky "
    "against a Kentucky regulation that grants in-state tuition to students without legal "
    "status. "
)


def test_this_challenge_refers_back_to_the_suit_just_told() -> None:
    text = _KENTUCKY + (
        "The complaint says the rule breaks federal law. This challenge follows a similar "
        "suit in another state."
    )
    found = {m.text: m for m in mentions(text, None) if m.kind == "case"}
    assert found["This challenge"].name == "United States v. Beshear"


def test_this_challenge_of_something_is_no_suit() -> None:
    text = _KENTUCKY + (
        "The complaint says the rule breaks federal law. This challenge of paying for "
        "college is one many families know."
    )
    assert "This challenge" not in _cases(text, None)


def test_a_suit_told_by_both_its_parties_is_the_tables_one_suit_of_them() -> None:
    text = (
        "An appeals court struck down the agency's subscription rule in Acme Media v. Federal "
        "Trade Commission. Still, a trial is set for next year in the FTC’s case against "
        "Amazon over Prime sign-ups. That litigation may show how far the agency’s power "
        "reaches."
    )
    found = {m.text: m for m in mentions(text, "2025-07-10") if m.kind == "case"}
    told = found["the FTC’s case against Amazon"]
    assert told.name == "Federal Trade Commission v. Amazon.com, Inc."
    assert told.court == "wawd"
    assert found["That litigation"].name == told.name


def test_the_one_sued_is_not_taken_for_the_one_suing() -> None:
    text = "A court heard Amazon’s lawsuit against the FTC over its subpoena on Monday."
    assert _cases(text, "2025-07-10").get("Amazon’s lawsuit against the FTC") != (
        "Federal Trade Commission v. Amazon.com, Inc."
    )


def test_filed_their_new_lawsuit_in_a_court_refers_back_to_the_suit() -> None:
    text = (
        "Health groups sued the EPA on Feb. 18 over the repeal of a climate finding. The "
        "American Lung Association and four other groups filed their new lawsuit in the U.S. "
        "Court of Appeals for the District of Columbia Circuit."
    )
    found = {m.text: m for m in mentions(text, None) if m.kind == "case"}
    assert found["their new lawsuit"].name == "American Public Health Association v. EPA"
    assert found["sued the EPA"].name == "American Public Health Association v. EPA"


_DUGAN = (
    "MILWAUKEE - A federal court jury reached a split verdict on Thursday, but the case is "
    "far from over for a county judge accused of helping a man evade immigration agents. "
    "U.S. District Judge Lynn Adelman will sentence Hannah Dugan later. "
)


def test_a_grand_jury_indicted_the_defendant_of_the_known_prosecution() -> None:
    text = _DUGAN + "In May, a grand jury indicted Dugan on two counts."
    found = {m.text: m for m in mentions(text, "2025-12-19") if m.kind == "case"}
    assert found["a grand jury indicted Dugan"].name == "United States v. Dugan"


def test_a_grand_jury_indicted_someone_else_is_no_mention_of_it() -> None:
    text = _DUGAN + "In May, a grand jury indicted Okafor on two counts."
    assert "a grand jury indicted Okafor" not in _cases(text, "2025-12-19")


def test_the_named_defendants_trial_refers_back_to_the_prosecution() -> None:
    text = _DUGAN + "The jury in the Judge Hannah Dugan trial deliberated six hours."
    found = {m.text: m for m in mentions(text, "2025-12-19") if m.kind == "case"}
    assert found["the Judge Hannah Dugan trial"].name == "United States v. Dugan"


def test_the_louisiana_ten_commandments_suit_told_by_its_judge_and_counsel() -> None:
    text = (
        "A federal judge in Baton Rouge has blocked a state law requiring the Ten Commandments "
        "in classrooms. Judge John W. deGravelles ruled the law coercive. The ACLU of "
        "Louisiana, which brought the case, welcomed the ruling."
    )
    found = {m.text: m for m in mentions(text, "2024-11-13") if m.kind == "case"}
    assert found["the case"].name == "Roake v. Brumley"


def test_another_group_that_also_sued_is_not_the_suit_already_told() -> None:
    text = (
        "U.S. District Judge Jia Cobb in Washington ruled Friday that the government may not "
        "put humanitarian parolees into expedited removal. The case was brought by immigrant "
        "advocates.\n\nAnother group also sued Homeland Security Secretary Kristi Noem this "
        "spring over the same policy."
    )
    found = _cases(text, "2025-08-02")
    assert "sued Homeland Security Secretary Kristi Noem" not in found


def test_another_suit_told_by_its_purpose_is_not_the_one_in_play() -> None:
    text = _TEN_COMMANDMENTS + (
        "Another group of families also sued to stop the Ten Commandments posters in "
        "other districts."
    )
    assert "sued to stop" not in _cases(text, "2025-11-19")


def test_who_sued_whom_is_the_tables_one_suit_of_the_two() -> None:
    text = "Trump sued CBS over an edited interview, and the network later settled."
    found = {m.text: m for m in mentions(text, "2025-07-03") if m.kind == "case"}
    assert found["sued CBS"].name == "Trump v. CBS Broadcasting Inc."


def test_who_sued_whom_with_no_row_of_the_two_stays_unlinked() -> None:
    text = "Trump sued Acme Widgets over a billboard, and the company later settled."
    assert "sued Acme Widgets" not in _cases(text, "2025-07-03")


def test_who_sued_whom_on_a_weekday_long_after_the_rows_filing_is_another_suit() -> None:
    text = "Trump sued CBS on Monday over a new broadcast, his lawyers said."
    assert "sued CBS" not in _cases(text, "2026-03-04")
