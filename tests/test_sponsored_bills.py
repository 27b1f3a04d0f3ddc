"""A federal bill told only by who brought it and what it does (seventeenth session, issue 13):
"Sens. X and Y introduced legislation Thursday that would …", then "the bill", "the measure",
"the legislation", "their bill" (``scanner/sponsoredbills.py``, ``data/sponsored_bills.csv``).
Sentences of our own in the shapes news prints."""

from __future__ import annotations

from conftest import mentions


def _bills(text: str, date: str = "2025-11-01") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.authority, m.anaphor) for m in mentions(text, date) if m.kind == "bill"]


def test_sponsor_and_topic_tell_the_one_bill_and_the_chain_follows_it() -> None:
    text = (
        "Sens. Josh Hawley and Pat Quill introduced legislation Thursday that would bar members "
        "of Congress from trading stocks while they serve.\n\n"
        "The bill would give lawmakers six months to sell. Under the measure, violators would "
        "lose their gains.\n\n"
        "Hawley said the legislation was overdue. Critics said their bill went too far."
    )
    found = _bills(text)
    first = found[0]
    assert first[0].startswith("legislation Thursday that would bar members")
    assert first[1:] == ("bill:119:s:1498", False)
    for phrase in ("The bill", "the measure", "the legislation", "their bill"):
        assert (phrase, "bill:119:s:1498", True) in found, phrase


def test_a_bill_introduced_by_told_in_the_passive() -> None:
    text = (
        "A bill introduced Thursday by Sens. Chuck Grassley and Maria Cantwell would make new "
        "tariffs expire unless Congress approves them. The legislation drew a veto threat."
    )
    found = _bills(text, "2025-04-10")
    assert ("A bill", "bill:119:s:1272", False) in found
    assert ("The legislation", "bill:119:s:1272", True) in found


def test_the_sponsors_named_decide_between_two_bills_of_one_topic() -> None:
    # Blumenthal sponsors both a sanctions bill and a chatbot bill: the topic decides; and
    # with Graham beside him the sanctions bill names more of the sentence's sponsors
    text = (
        "Sens. Lindsey Graham and Richard Blumenthal unveiled a bill Tuesday imposing steep "
        "sanctions on Russia. The measure would also tax its oil buyers."
    )
    found = _bills(text)
    assert found[0][1] == "bill:119:s:1241"
    assert ("The measure", "bill:119:s:1241", True) in found
    text = "Sen. Richard Blumenthal filed legislation to keep AI chatbots away from children."
    assert _bills(text)[0][1] == "bill:119:s:3062"


def test_two_bills_that_fit_alike_give_none() -> None:
    # Magaziner brought two stock-trading bills in 2025 (with Roy in September, his own in
    # December): after both, his name alone fits two rows
    text = "Rep. Seth Magaziner introduced a bill that would ban members from owning stocks."
    assert _bills(text, "2026-02-01") == []
    # before the second was introduced, only the first fits
    assert _bills(text, "2025-10-01")[0][1] == "bill:119:hr:5106"


def test_no_bill_before_its_introduction_or_in_another_congress() -> None:
    text = "Sen. Josh Hawley introduced legislation that would ban stock trading by lawmakers."
    assert _bills(text, "2025-04-01") == []
    assert _bills(text, "2023-05-01") == []


def test_no_bill_without_a_sponsor_or_a_topic_word_of_the_row() -> None:
    assert _bills("Sen. Ada Pike introduced legislation that would ban stock trading.") == []
    assert _bills("Sen. Josh Hawley introduced legislation that would fund rural hospitals.") == []


def test_a_state_lawmaker_or_a_companion_bill_is_not_the_federal_bill() -> None:
    text = "State Sen. Ted Hawley introduced a bill to ban legislators from trading stocks."
    assert _bills(text) == []
    text = "Rep. Ed Hawley filed a companion bill that would ban stock trading in the House."
    assert _bills(text) == []


def test_a_later_bill_introduced_ends_the_chain() -> None:
    text = (
        "Sen. Josh Hawley introduced a bill on stock trading by members of Congress. "
        "Later, Sen. Ann Vole introduced a separate bill on veterans' care. The bill would "
        "expand clinics."
    )
    found = _bills(text)
    assert found[0][1] == "bill:119:s:1498"
    assert all(t != "The bill" for t, _a, _an in found)


def test_a_name_without_an_id_takes_the_sponsors_bill() -> None:
    text = (
        "Sens. Jon Ossoff and Mark Kelly reintroduced the Lawmaker Holdings Act, which would "
        "bar members of Congress from trading stocks."
    )
    found = _bills(text)
    assert ("Lawmaker Holdings Act", "bill:119:s:1879", False) in found


def test_a_short_title_with_bill_for_act_is_that_bill() -> None:
    # bill_numbers.csv's names, "bill" in place of "Act" (two words or more before it)
    text = "Senators pressed for a floor vote on the Kids Online Safety bill this week."
    assert _bills(text) == [("Kids Online Safety bill", "bill:119:s:1748", False)]
    text = "The Railway Safety bill stalled in committee after the derailment."
    assert _bills(text)[0][1] == "bill:119:hr:928"
    # one word alone may be any bill on the subject
    assert _bills("The Equality bill stalled again in the Senate.") == []


def test_the_house_passed_version_refers_back_to_the_house_bill() -> None:
    text = (
        "The House passed the SAVE Act in April. The House-passed version would require "
        "proof of citizenship to register."
    )
    assert ("The House-passed version", "bill:119:hr:22", True) in _bills(text)


def test_the_sponsors_may_be_named_in_the_next_sentence() -> None:
    text = (
        "Two senators rolled out legislation Wednesday that would bar lawmakers from betting on "
        "prediction markets. The bill, from Sen. Elissa Slotkin and a colleague, covers staff "
        "too."
    )
    found = _bills(text, "2026-04-01")
    assert found[0][1] == "bill:119:s:4188"
    assert ("The bill", "bill:119:s:4188", True) in found


def test_a_headline_verb_and_a_name_set_beside_the_bill() -> None:
    text = "Sen. Moreno to introduce bill ending dual citizenship for Americans"
    assert _bills(text, "2025-12-05")[0][1] == "bill:119:s:3283"
    text = (
        "Sen. Bernie Moreno introduced legislation, the Sole Allegiance Act, that would end "
        "dual citizenship."
    )
    assert ("Sole Allegiance Act", "bill:119:s:3283", False) in _bills(text, "2025-12-05")


def test_another_act_the_sentence_names_keeps_its_own_name() -> None:
    # the act the bill would amend is not the bill
    text = (
        "Sen. Josh Hawley introduced legislation that would amend the Lawmaker Conduct Act to "
        "ban stock trading by members of Congress."
    )
    found = _bills(text)
    assert found[0][0].startswith("legislation that would amend")
    assert found[0][1] == "bill:119:s:1498"
    assert all(t != "Lawmaker Conduct Act" or a is None for t, a, _an in found)


def test_the_name_given_the_bill_is_that_bill_again_later() -> None:
    text = (
        "Reps. Chip Roy and Seth Magaziner introduced the Capitol Trust Act, which would bar "
        "members from owning stocks. The Capitol Trust Act has 90 cosponsors."
    )
    found = _bills(text, "2025-10-01")
    assert found.count(("Capitol Trust Act", "bill:119:hr:5106", False)) == 2


def test_the_senate_version_of_a_house_bill_by_its_own_sponsors() -> None:
    # Moody and Gillibrand's Senate bill, not Roy and Magaziner's House bill of that title
    text = (
        "Sens. Ashley Moody and Kirsten Gillibrand introduced legislation Thursday that would "
        "bar lawmakers and their families from owning individual stocks. Under the measure, "
        "members would have 180 days to sell."
    )
    found = _bills(text, "2026-01-16")
    assert found[0][1] == "bill:119:s:3649"
    assert ("the measure", "bill:119:s:3649", True) in found


def test_a_prolific_sponsors_other_bill_is_not_the_tables() -> None:
    # topic words are the bill's own, not its field's: another bill of the same sponsor on a
    # neighbouring subject is none of the table's
    for text in (
        "Sen. Josh Hawley introduced legislation to bar Chinese investments in farmland.",
        "Sen. Ted Cruz introduced legislation requiring social media platforms to remove "
        "deepfakes within two days.",
        "Sens. Josh Hawley and Richard Blumenthal introduced legislation that would create an "
        "artificial intelligence evaluation program.",
        "Rep. Chip Roy introduced a bill to end birthright citizenship.",
    ):
        assert _bills(text) == [], text


def test_the_bills_own_introducers_decide_in_a_sentence_of_two_bills() -> None:
    # the agent after "introduced … by" is who brought that bill, not the subject's senators
    text = (
        "The bill from Sens. Ashley Moody and Kirsten Gillibrand copies a House bill introduced "
        "last year by Reps. Chip Roy and Seth Magaziner to ban stock trading by lawmakers."
    )
    found = _bills(text, "2026-01-20")
    assert ("a House bill", "bill:119:hr:5106", False) in found


def test_a_members_title_tells_the_chamber_of_the_bill() -> None:
    # a House member brings no Senate bill; a bill "in the state House" is no federal one
    assert _bills("Rep. Pat Kelly filed a bill to ban stock trading by members.") == []
    text = "Sen. Mark Kelly filed a bill in the state House to ban stock trading by legislators."
    assert _bills(text) == []
    text = "Sen. Mark Kelly introduced a bill to ban stock trading by members of Congress."
    assert _bills(text)[0][1] == "bill:119:s:1879"


def test_the_senators_bill_is_the_senate_bill_of_the_two() -> None:
    text = (
        "Sens. Ashley Moody and Kirsten Gillibrand introduced legislation Thursday that would "
        "ban lawmakers from owning individual stocks. It copies a House bill introduced by Reps. "
        "Chip Roy and Seth Magaziner to ban stock trading. Under the senators' bill, members "
        "would have 180 days."
    )
    found = _bills(text, "2026-01-16")
    assert ("the senators' bill", "bill:119:s:3649", True) in found
    assert ("a House bill", "bill:119:hr:5106", False) in found


def test_a_chambers_version_of_the_bill_is_one_mention_the_bill_after_of() -> None:
    text = (
        "The House on Tuesday passed H.R. 9999, the Clean Harbors Act. If senators change the "
        "House-passed version of the bill, it returns to the House. The House-passed version "
        "would require permits."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2025-07-01") if m.kind == "bill"]
    assert ("the bill", "bill:119:hr:9999") in found
    assert ("the House-passed version", "bill:119:hr:9999") not in found
    assert ("The House-passed version", "bill:119:hr:9999") in found
