"""Suits told by the verb that brings them or named by who sued whom, and "the policy" a law is
called (census 24, P2 and P5): "brought legal action against …", "The Lawsuit" heading a
section, a judge's old suit that must not capture a new one, "the policy" after a law.

The sentences are our own, in the shapes news uses; each test states what a reader sees: the
caption (or id) a phrase links to, or no link at all.
"""

from __future__ import annotations

from conftest import mentions


def suits(text: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.court) for m in mentions(text, date) if m.kind == "case"]


DREAM = "United States v. Texas"

# A made-up report of the same shape as the Justice Department's 2025 suit against the Texas
# Dream Act (its row: ``lawsuits.csv``).
STORY = (
    "The Justice Department on Wednesday brought legal action against the Texas Dream Act, "
    "the 2001 law that lets some undocumented students pay in-state tuition.\n"
    "The Lawsuit at a Glance\n"
    "The department filed its lawsuit in the Northern District of Texas. Texas Attorney "
    "General Ken Paxton agreed with the department, and U.S. District Judge Reed O'Connor "
    "entered a permanent injunction the same day. Paxton called the lawsuit overdue.\n"
)


def test_legal_action_a_verb_brings_is_the_suit() -> None:
    found = suits(STORY, "2025-06-06")
    assert ("legal action", DREAM, "txnd") in found
    legal = next(m for m in mentions(STORY, "2025-06-06") if m.text == "legal action")
    assert not legal.anaphor  # (the suit's first mention, not a back-reference)


def test_the_lawsuit_heading_a_section_refers_back() -> None:
    assert ("The Lawsuit", DREAM, "txnd") in suits(STORY, "2025-06-06")


def test_the_old_suit_of_the_same_judge_does_not_capture_the_new_one() -> None:
    found = suits(STORY, "2025-06-06")
    assert ("its lawsuit", DREAM, "txnd") in found
    assert ("the lawsuit", DREAM, "txnd") in found
    assert all(name != "Texas v. United States" for _, name, _ in found)


def test_legal_action_only_threatened_is_no_suit() -> None:
    text = (
        "The Justice Department said it may take legal action against the Texas Dream Act. "
        "U.S. District Judge Reed O'Connor ruled on a separate matter on Friday."
    )
    assert [s for s in suits(text, "2025-06-06") if s[0].endswith("action")] == []


def test_the_lawsuit_capitalised_inside_a_sentence_is_no_heading() -> None:
    text = (
        "U.S. District Judge Reed O'Connor entered a permanent injunction against the Texas "
        "Dream Act on Wednesday. Critics of The Lawsuit Project, a blog, wrote about it.\n"
    )
    assert [s for s in suits(text, "2025-06-06") if s[0] == "The Lawsuit"] == []


def test_a_name_and_its_surname_are_one_party_not_two() -> None:
    # the judge, his court and "Ken Paxton" / "Paxton" alone do not tell which of the judge's
    # suits with Texas this is (the table lists an old one; a new one may be meant)
    text = (
        "U.S. District Judge Reed O'Connor ruled on Friday for the state. Texas Attorney "
        "General Ken Paxton praised the ruling. Paxton said the lawsuit had been about "
        "fairness."
    )
    assert [s for s in suits(text, "2025-06-06") if s[0] == "the lawsuit"] == []


def test_the_government_suing_a_state_is_united_states_v_the_state() -> None:
    text = (
        "The Justice Department sued Georgia on Tuesday in federal court in Atlanta over a "
        "2003 licensing law. The lawsuit says the law is preempted. Gov. Brian Kemp called "
        "the suit a stunt."
    )
    found = suits(text, "2025-09-01")
    assert ("sued Georgia", "United States v. Georgia", "gand") in found
    assert ("The lawsuit", "United States v. Georgia", "gand") in found
    assert ("the suit", "United States v. Georgia", "gand") in found


def test_a_state_suing_is_no_government_suit() -> None:
    text = "Georgia sued the Justice Department on Tuesday over a 2003 licensing law."
    assert [s for s in suits(text, "2025-09-01") if s[1] == "United States v. Georgia"] == []


def test_a_group_suing_a_state_is_no_government_suit() -> None:
    text = "A coalition of nurses sued Georgia on Tuesday over a 2003 licensing law."
    assert [s for s in suits(text, "2025-09-01") if s[1] == "United States v. Georgia"] == []


def test_the_states_old_suit_is_not_the_governments_new_one() -> None:
    # the judge's old suit brought by Texas is the wrong side: the government sued Texas
    text = (
        "The Justice Department sued Texas on Monday over a new voting law. U.S. District "
        "Judge Reed O'Connor blocked the law on Friday. Republican attorneys general "
        "criticized the lawsuit."
    )
    found = suits(text, "2025-09-01")
    assert all(name != "Texas v. United States" for _, name, _ in found)
    assert ("the lawsuit", "United States v. Texas", None) in found


OLD_SUIT_STORY = (
    "U.S. District Judge Reed O'Connor on Friday blocked a part of the Clean Air Act. "
    "Republican attorneys general praised the lawsuit."
)


def test_a_suit_long_over_does_not_capture_a_story_about_another_law() -> None:
    # the judge's 2018 suit (reviewed by the Supreme Court since) challenged another act
    assert [s for s in suits(OLD_SUIT_STORY, "2025-09-01") if s[0] == "the lawsuit"] == []


def test_the_same_story_told_while_that_suit_was_young_still_finds_it() -> None:
    found = suits(OLD_SUIT_STORY, "2019-09-01")
    assert ("the lawsuit", "Texas v. United States", "txnd") in found


# "this policy", "the policy" after a law (census 24, P2)
DREAM_ID = "state:tx:bill:hb1403"


def policies(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-06-06") if "olicy" in m.text]


def test_this_policy_after_a_law_named_in_its_sentence() -> None:
    text = (
        "Passed by lawmakers as the Texas Dream Act in 2001, this policy allowed some students "
        "to pay in-state tuition."
    )
    assert ("this policy", DREAM_ID) in policies(text)


def test_the_policy_with_an_adverb_before_its_verb_after_the_law_the_sentence_before() -> None:
    text = (
        "Critics said the Texas Dream Act was too generous to newcomers. They argued the "
        "policy unfairly favored them over students from other states."
    )
    assert ("the policy", DREAM_ID) in policies(text)


def test_the_policy_two_sentences_after_the_law_is_left_alone() -> None:
    text = (
        "Critics said the Texas Dream Act was too generous to newcomers. Tuition rose again "
        "this year at most campuses. They argued the policy unfairly favored newcomers."
    )
    assert [p for p in policies(text) if p[1] == DREAM_ID] == []


def test_the_policy_after_a_section_cited_by_number_is_left_alone() -> None:
    text = (
        "Federal law, 8 U.S.C. § 1623, bars such benefits for students. The agency said the "
        "policy was clear."
    )
    assert [p for p in policies(text) if p[1] and p[1].startswith("usc:")] == []


def test_the_policy_across_an_order_named_since_is_not_the_law() -> None:
    text = (
        "Texas passed the Texas Dream Act in 2001, and President Trump signed Executive "
        "Order 14218 in February 2025. The policy was meant to end such benefits."
    )
    assert [p for p in policies(text) if p[1] == DREAM_ID] == []


def test_the_government_suing_a_states_governor_is_not_the_states_old_suit() -> None:
    text = (
        "The Justice Department sued Texas Gov. Greg Abbott on Monday over a new voting law. "
        "U.S. District Judge Reed O'Connor blocked the law on Friday. Republican attorneys "
        "general criticized the lawsuit."
    )
    assert all(name != "Texas v. United States" for _, name, _ in suits(text, "2025-09-01"))


# No row: the government's legal action against a state's law (census 24, P2/P5)
GEORGIA_STORY = (
    "The Justice Department, under its new leadership, initiated legal action against a "
    "long-standing Georgia law that gave some students lower tuition.\n"
    "The Lawsuit and What Comes Next\n"
    "The department filed its lawsuit on Tuesday. Critics said the lawsuit was rushed.\n"
)


def test_legal_action_against_a_states_law_is_united_states_v_the_state() -> None:
    found = suits(GEORGIA_STORY, "2025-09-01")
    assert ("legal action", "United States v. Georgia", None) in found
    assert ("its lawsuit", "United States v. Georgia", None) in found
    assert ("the lawsuit", "United States v. Georgia", None) in found


def test_the_lawsuit_heading_refers_back_to_a_suit_with_no_row() -> None:
    assert ("The Lawsuit", "United States v. Georgia", None) in suits(GEORGIA_STORY, "2025-09-01")


def test_a_group_bringing_legal_action_against_a_states_law_is_no_government_suit() -> None:
    text = (
        "A coalition of nurses initiated legal action against a long-standing Georgia law "
        "that limits overtime pay."
    )
    assert [s for s in suits(text, "2025-09-01") if s[1] == "United States v. Georgia"] == []


def test_a_caption_the_article_prints_is_left_to_tell_the_suit() -> None:
    text = (
        "The Justice Department initiated legal action against a long-standing Georgia law "
        "on Tuesday. The case, United States v. Kemp, was filed in Atlanta."
    )
    assert [s for s in suits(text, "2025-09-01") if s[1] == "United States v. Georgia"] == []


def test_the_administration_suing_a_state_is_united_states_v_the_state() -> None:
    text = (
        "The Trump administration sued Oregon on Monday over its new sanctuary law. The "
        "lawsuit was filed in Portland."
    )
    assert ("sued Oregon", "United States v. Oregon", "ord") in suits(text, "2025-11-20")


def test_critics_of_the_government_suing_a_state_is_no_government_suit() -> None:
    for text in (
        "Critics of the Trump administration sued Oregon on Monday over its new sanctuary law.",
        "Allies of the Justice Department initiated legal action against a long-standing "
        "Oregon law.",
    ):
        assert [s for s in suits(text, "2025-11-20") if s[1] == "United States v. Oregon"] == []
