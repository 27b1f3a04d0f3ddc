"""Suits told without a caption, just brought (seventeenth session, issue 13): who sued whom
in the shapes news prints ("19 states", "a coalition of states led by X", "Democratic
attorneys general"; "the Trump administration", an agency whose head the caption names;
"filed a lawsuit", "filed a complaint", "sued to block"; "in federal court in Boston"), matched
to exactly one row of the tables filed at most 31 days before the story, and what refers
back to it ("the complaint", "the states' lawsuit", "the case").

The rows are real (``lawsuits.csv``: New York v. Kennedy, D.R.I., filed 2025-05-05; the
litigation tracker's California v. United States Department of Transportation and Illinois v.
Federal Emergency Management Agency, D.R.I., both filed 2025-05-13); the sentences are made up.
"""

from __future__ import annotations

import pytest

from conftest import mentions

HHS = "New York v. Kennedy"
DOT = "California v. United States Department of Transportation"


def cases(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


def names(text: str, date: str) -> set[str | None]:
    return {n for _t, n in cases(text, date)}


COALITION = (
    "A coalition of 19 states sued the Department of Health and Human Services on Monday in "
    "federal court in Rhode Island, arguing that its reorganization is unlawful. The complaint "
    "says the cuts leave clinics without staff. The states' lawsuit asks for an injunction, "
    "and the case is one of several over the agency."
)


def test_counted_states_sue_an_agency_the_caption_names_by_its_head() -> None:
    found = cases(COALITION, "2025-05-07")
    assert ("sued the Department of Health and Human Services", HHS) in found
    assert ("The complaint", HHS) in found
    assert ("The states' lawsuit", HHS) in found
    assert ("the case", HHS) in found


def test_the_administration_sued_and_the_court_told_a_sentence_later() -> None:
    text = (
        "Nineteen states sued the Trump administration on Monday over the agency's cuts. The "
        "lawsuit was filed in federal court in Providence. The complaint says clinics will close."
    )
    found = cases(text, "2025-05-07")
    assert ("sued the Trump administration", HHS) in found
    assert ("The complaint", HHS) in found


def test_a_lead_state_and_others_file_a_lawsuit() -> None:
    text = (
        "New York and 18 other states filed a lawsuit on Monday in federal court in Providence. "
        "The suit says the cuts are unlawful."
    )
    found = cases(text, "2025-05-06")
    assert ("a lawsuit", HHS) in found
    assert ("The suit", HHS) in found


def test_attorneys_general_sue_to_block_and_the_complaint_gives_the_place() -> None:
    text = (
        "Democratic attorneys general sued to block the HHS restructuring on Monday. The "
        "complaint, filed in Rhode Island, says clinics will close."
    )
    assert ("complaint", HHS) in [(t.split()[-1], n) for t, n in cases(text, "2025-05-07")]


def test_two_suits_of_the_place_and_window_leave_the_phrase_alone() -> None:
    # three state suits against the administration in Rhode Island within the month
    text = (
        "A coalition of states sued the Trump administration on Tuesday in federal court in "
        "Rhode Island. The suit says the conditions are unlawful."
    )
    assert names(text, "2025-05-14") == set()


def test_the_lead_state_picks_one_of_them() -> None:
    text = (
        "A coalition of states led by California sued the Trump administration on Tuesday in "
        "federal court in Rhode Island. The suit says the conditions are unlawful."
    )
    found = cases(text, "2025-05-14")
    assert ("sued the Trump administration", DOT) in found
    assert ("The suit", DOT) in found


def test_the_agency_sued_picks_one_of_them() -> None:
    # ("the Department of Transportation" is the caption's "United States Department of …")
    text = (
        "Twenty states sued the Department of Transportation on Tuesday. The suit says the "
        "grant conditions are unlawful."
    )
    assert ("sued the Department of Transportation", DOT) in cases(text, "2025-05-14")


@pytest.mark.parametrize(
    "text",
    [
        # a complaint to an agency is no suit
        "Twenty states filed a complaint with the Department of Transportation on Tuesday. "
        "The complaint says the grant conditions are unlawful.",
        # a suit not yet brought
        "Twenty states could file a lawsuit against the Department of Transportation. The "
        "complaint would say the grant conditions are unlawful.",
        # another court than the suit's
        "Twenty states sued the Department of Transportation on Tuesday in federal court in "
        "Seattle. The suit says the grant conditions are unlawful.",
        # another agency than the caption's
        "Twenty states sued the Department of Energy on Tuesday. The suit says the grant "
        "conditions are unlawful.",
    ],
)
def test_what_is_no_such_suit_stays_alone(text: str) -> None:
    assert DOT not in names(text, "2025-05-14")


def test_a_suit_told_long_after_its_filing_is_not_fresh() -> None:
    assert names(COALITION, "2025-08-20") == set()


def test_an_ordinary_complaint_is_no_suit() -> None:
    text = "The complaint about the noise came from a neighbor, the city said on Monday."
    assert cases(text, "2025-05-07") == []


def test_a_headline_tells_the_suit_and_the_coalition_owns_it() -> None:
    text = (
        "19 states sue Trump administration over HHS cuts\n\nA coalition of 19 states asked a "
        "federal court in Rhode Island on Monday to block the cuts. The coalition's lawsuit "
        "says clinics will close."
    )
    found = cases(text, "2025-05-07")
    assert ("sue Trump administration", HHS) in found
    assert ("The coalition's lawsuit", HHS) in found


def test_the_court_told_by_a_judge_in_a_place() -> None:
    text = (
        "A coalition of 20 states filed a federal lawsuit on Monday, asking a judge in Rhode "
        "Island to block the reorganization. The suit says clinics will close."
    )
    assert ("The suit", HHS) in cases(text, "2025-05-07")


@pytest.mark.parametrize(
    "who",
    [
        # a state that joined others, or one among them, is not the caption's lead state
        "Oregon joined 18 other states in suing",
        "A coalition of states, including Oregon, sued",
    ],
)
def test_a_member_state_is_not_the_lead(who: str) -> None:
    text = (
        f"{who} the Department of Health and Human Services on Monday in federal court in "
        "Rhode Island. The suit says clinics will close."
    )
    assert ("The suit", HHS) in cases(text, "2025-05-07")


def test_a_state_named_as_the_one_suing_must_be_the_plaintiff() -> None:
    text = (
        "Oregon and 18 other states sued the Department of Health and Human Services on Monday "
        "in federal court in Rhode Island. The suit says clinics will close."
    )
    assert HHS not in names(text, "2025-05-07")


def test_to_sue_is_no_suit_brought() -> None:
    text = (
        "The states voted to sue the Department of Health and Human Services in federal court "
        "in Rhode Island. The suit would say clinics will close."
    )
    assert HHS not in names(text, "2025-05-07")


# -- "the case" after a ruling that is its only antecedent --------------------------------------


RULED = (
    "A federal judge in Rhode Island blocked the HHS restructuring on Friday. {then} is one "
    "of several brought by states."
)


@pytest.mark.parametrize("then", ["The case", "The lawsuit", "The suit"])
def test_a_backref_after_a_ruling_takes_the_suit_its_words_tell(then: str) -> None:
    assert (then, HHS) in cases(RULED.format(then=then), "2025-07-04")


def test_a_ruling_without_a_word_of_the_suit_tells_no_suit() -> None:
    text = RULED.format(then="The case").replace("the HHS restructuring", "the plan")
    assert cases(text, "2025-07-04") == []


def test_a_ruling_far_before_the_backref_tells_no_suit() -> None:
    text = RULED.format(then="It") + (
        " Clinics in the state serve many patients. Nurses say the waits are long. Doctors "
        "say more staff are needed. The case was mentioned at the meeting."
    )
    assert HHS not in names(text, "2025-07-04")


def test_a_ruling_before_the_suit_was_filed_tells_no_suit() -> None:
    assert cases(RULED.format(then="The case"), "2025-04-04") == []


# -- a suit told in the passive ------------------------------------------------------------------


def test_a_multistate_complaint_was_filed_in_a_place() -> None:
    text = (
        "The multistate complaint was filed Monday in federal court in Providence, led by New "
        "York. The states say clinics will close."
    )
    assert ("The multistate complaint", HHS) in cases(text, "2025-05-07")


def test_a_passive_filing_without_who_sued_tells_no_suit() -> None:
    text = (
        "The complaint was filed Monday in federal court in Providence. Clinics say they will "
        "close."
    )
    assert HHS not in names(text, "2025-05-07")


# -- a plaintiff named earlier in the clause ----------------------------------------------------
# (the tracker's American Federation of Government Employees v. Office of Personnel
# Management, S.D.N.Y., filed 2025-02-11; its suits of D.D.C. and D. Mass. the same month)

OPM = "American Federation of Government Employees v. Office of Personnel Management"


@pytest.mark.parametrize(
    "who",
    ["AFGE and two other unions sued", "A coalition of unions led by AFGE sued"],
)
def test_a_plaintiff_named_before_the_verb(who: str) -> None:
    text = (
        f"{who} the Office of Personnel Management on Tuesday in federal court in Manhattan. "
        "The lawsuit says the records are private."
    )
    assert ("The lawsuit", OPM) in cases(text, "2025-02-12")


def test_a_plaintiff_of_three_suits_that_month_with_no_court_tells_none() -> None:
    text = (
        "A coalition of unions led by AFGE sued the Trump administration on Tuesday. The "
        "lawsuit says the records are private."
    )
    assert cases(text, "2025-02-12") == []


# -- after the tables end ---------------------------------------------------------------------
# (the tracker's last suits were filed on 2026-04-10; DSCC v. Trump, D.D.C., on 2026-04-01)

DSCC = (
    "DSCC sued Trump on Monday in federal court in Washington over the election order. The "
    "lawsuit says the order is unlawful."
)


def test_a_suit_just_brought_while_the_tables_run() -> None:
    assert ("The lawsuit", "DSCC v. Trump") in cases(DSCC, "2026-04-03")


def test_a_suit_told_after_the_tables_end_may_be_one_they_lack() -> None:
    assert "DSCC v. Trump" not in names(DSCC, "2026-04-28")


def test_a_backref_after_a_ruling_on_the_order_one_suit_of_that_court_challenges() -> None:
    # (the tracker's Massachusetts v. Trump, D. Mass., filed 2025-08-01, is that court's one
    # suit against EO 14187)
    text = (
        "A federal judge in Boston on Friday blocked President Trump's Executive Order 14187 "
        "on care for transgender youth. The case is one of several over the order."
    )
    assert ("The case", "Massachusetts v. Trump") in cases(text, "2025-09-12")


# -- the agency an official of the caption heads (``agency_heads.csv``) -------------------------
# (the tracker's California v. Noem, D. Mass., filed 2025-12-12; Oregon v. Noem, D. Or., filed
# 2025-11-24)

NOEM = "California v. Noem"


def test_the_agency_sued_is_the_one_the_caption_s_official_heads() -> None:
    text = (
        "Twenty states sued DHS on Friday in federal court in Boston. The lawsuit says the fee "
        "is unlawful."
    )
    found = cases(text, "2025-12-14")
    assert ("sued DHS", NOEM) in found
    assert ("The lawsuit", NOEM) in found


def test_another_agency_than_the_official_heads_is_not_the_suit() -> None:
    text = (
        "Twenty states sued the Energy Department on Friday in federal court in Boston. The "
        "lawsuit says the fee is unlawful."
    )
    assert NOEM not in names(text, "2025-12-14")


def test_two_suits_against_the_agency_that_month_tell_none() -> None:
    text = (
        "Twenty states sued the Department of Homeland Security this month. The lawsuit says "
        "the fee is unlawful."
    )
    assert cases(text, "2025-12-14") == []


def test_the_day_told_keeps_the_suit_filed_that_day() -> None:
    # (twentieth session) two state suits against DHS fit the month; "on Friday" in a story
    # of Sunday, Dec. 14, is the one filed Friday, Dec. 12
    text = (
        "Twenty states sued the Department of Homeland Security on Friday. The lawsuit says the "
        "fee is unlawful."
    )
    assert ("The lawsuit", NOEM) in cases(text, "2025-12-14")
    # (on a Wednesday neither was filed: none)
    text = text.replace("Friday", "Wednesday")
    assert cases(text, "2025-12-14") == []


def test_agency_heads_rows_are_sourced_and_unique() -> None:
    from linker.datafiles import read_rows

    rows = read_rows("agency_heads.csv")
    assert len(rows) >= 10
    assert len({r["surname"] for r in rows}) == len(rows)
    for r in rows:
        assert r["source"] and r["agency"] in r["names"].split("|")


def test_the_one_sued_before_was_sued_by_states() -> None:
    text = (
        "The Department of Health and Human Services was sued on Monday by 19 states in "
        "federal court in Rhode Island. The lawsuit says clinics will close."
    )
    assert ("The lawsuit", HHS) in cases(text, "2025-05-07")


@pytest.mark.parametrize("when", ["In 2019, a", "Last year, a", "Years ago, a"])
def test_a_suit_the_sentence_dates_long_before_is_not_just_brought(when: str) -> None:
    text = COALITION.replace("A coalition", f"{when} coalition", 1)
    assert HHS not in names(text, "2025-05-07")


def test_the_story_s_own_year_is_no_bar() -> None:
    text = COALITION.replace("on Monday", "on May 5, 2025,", 1)
    assert ("The complaint", HHS) in cases(text, "2025-05-07")


# -- a suit told with the month it was brought -------------------------------------------------


def test_a_suit_told_by_its_month_months_later() -> None:
    text = (
        "Nineteen states sued the Department of Health and Human Services in May in federal "
        "court in Rhode Island. The case is pending."
    )
    found = cases(text, "2025-08-10")
    assert ("sued the Department of Health and Human Services", HHS) in found
    assert ("The case", HHS) in found


def test_a_hand_row_filed_by_month_is_found_by_its_month() -> None:
    # (lawsuits.csv's Harvard v. HHS, D. Mass., filed "2025-04")
    text = (
        "Harvard sued the Trump administration in April in federal court in Boston over the "
        "grant freeze. The lawsuit is pending."
    )
    assert ("The lawsuit", "President and Fellows of Harvard College v. United States "
            "Department of Health and Human Services") in cases(text, "2025-08-10")  # fmt: skip


@pytest.mark.parametrize("month", ["March", "June"])
def test_another_month_than_the_suit_s_tells_no_suit(month: str) -> None:
    text = (
        f"Nineteen states sued the Department of Health and Human Services in {month} in "
        "federal court in Rhode Island. The case is pending."
    )
    assert HHS not in names(text, "2025-08-10")


def test_a_month_the_sentence_gives_something_else_leaves_the_suit_just_brought() -> None:
    text = COALITION.replace(
        "arguing that its reorganization is unlawful",
        "arguing that its reorganization, announced in March and begun in April, is unlawful",
    )
    assert ("The complaint", HHS) in cases(text, "2025-05-07")


def test_a_backref_after_a_court_of_appeals_ruling_takes_the_suit_below() -> None:
    text = (
        "The 1st Circuit on Friday upheld a block on the HHS restructuring. The case is one of "
        "several brought by states."
    )
    assert ("The case", HHS) in cases(text, "2025-09-12")


def test_a_court_of_appeals_ruling_and_a_common_noun_tell_no_suit_below() -> None:
    text = (
        "The 1st Circuit on Friday upheld a block on the restructuring. The case is one of "
        "several brought by states."
    )
    assert cases(text, "2025-09-12") == []
