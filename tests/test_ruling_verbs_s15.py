"""Rulings told by a court and a verb the scanner used to miss (fifteenth session, issue 13):
words between a court and its verb, verbs of writing and noting, a court's defined initials,
a district named without "court", elliptical lists of state high courts, a second verb with
no subject of its own, and the trial court below a state high court with no court of appeals
between. Every sentence here is made up; the negatives are shapes that must stay unlinked."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at


def test_a_court_named_with_its_city_that_wrote_that_is_its_ruling() -> None:
    text = (
        "Beekeepers challenged the pesticide permit. The 7th U.S. Circuit Court of Appeals "
        "in Chicago wrote that the permit was unlawful."
    )
    got = rulings_at(text, "in Chicago wrote")
    assert [(m.court, m.text) for m in got] == [
        ("ca7", "The 7th U.S. Circuit Court of Appeals in Chicago wrote that")
    ]


def test_a_court_that_noted_that_is_its_ruling() -> None:
    text = (
        "Beekeepers sued over the pesticide permit in Indiana. The 7th Circuit noted that the "
        "permit lacked any support in the record."
    )
    assert [m.court for m in rulings_at(text, "noted")] == ["ca7"]


@pytest.mark.parametrize(
    "text",
    [
        # what a court noted with no holding after it
        "Beekeepers sued over the pesticide permit. The 7th Circuit noted a split among the "
        "circuits.",
        # a case's name where a city would stand
        "Beekeepers sued over the permit. The Supreme Court in Dobbs wrote that the question "
        "was for the states.",
    ],
)
def test_a_court_that_noted_no_holding_is_no_ruling(text: str) -> None:
    assert not [m for m in rulings(text) if "noted" in m.text or "wrote" in m.text]


def test_a_relative_clause_with_likewise_is_the_courts_ruling() -> None:
    text = (
        "A trial court upheld the ferry tax. The Oregon Supreme Court, which likewise affirmed "
        "the tax, sent one claim back."
    )
    got = rulings_at(text, "likewise affirmed")
    assert [m.court for m in got] == ["or"]


def test_a_court_defined_by_its_initials_is_named_by_them() -> None:
    text = (
        "The shipbuilder sued in the U.S. Court of Federal Claims (CFC) last year over the "
        "canceled contract. The CFC held that the Navy breached the contract."
    )
    got = rulings_at(text, "CFC held")
    assert [(m.court, m.anaphor) for m in got] == [("uscfc", False)]


def test_initials_never_defined_for_a_court_name_no_court() -> None:
    text = (
        "The shipbuilder sued the Navy over the canceled contract. The CFC held that the Navy "
        "breached the contract."
    )
    assert not [m for m in rulings(text) if m.court == "uscfc"]


def test_a_district_named_without_court_that_held_is_its_ruling() -> None:
    text = (
        "Ranchers sued the land agency over the grazing fees. The District of Colorado held "
        "that the agency acted unlawfully."
    )
    got = rulings_at(text, "District of Colorado")
    assert [(m.court, m.text) for m in got] == [("cod", "The District of Colorado held")]


@pytest.mark.parametrize(
    "text",
    [
        # the capital's government, a party and a place
        "The District of Columbia held its primary on Tuesday after the lawsuit.",
        # a district with no verb of holding after it
        "The District of Colorado covers the whole state, a lawyer for the ranchers said.",
    ],
)
def test_a_district_with_no_holding_is_no_ruling(text: str) -> None:
    assert not rulings(text)


def test_an_elliptical_list_of_state_high_courts_is_one_ruling_each() -> None:
    text = (
        "The Nevada Supreme Court rejected the ferry tax, Oregon's upheld the bridge toll, and "
        "Vermont's blocked the zoning plan."
    )
    got = [(m.court, m.text) for m in rulings(text)]
    assert ("or", "Oregon's upheld the bridge toll") in got
    assert ("vt", "Vermont's blocked the zoning plan") in got
    assert any(c == "nev" for c, _ in got)


def test_a_possessive_after_a_federal_courts_ruling_is_no_state_ruling() -> None:
    text = (
        "The 9th U.S. Circuit Court of Appeals rejected the ferry tax, and Oregon's governor "
        "blocked the zoning plan."
    )
    assert [m.court for m in rulings(text)] == ["ca9"]


def test_a_second_verb_with_no_subject_of_its_own_is_a_second_ruling() -> None:
    text = (
        "Voters sued over the district map. The Ohio Supreme Court held that the map was valid, "
        "and dismissed another suit over the ballot language."
    )
    got = [(m.court, m.text) for m in rulings(text)]
    assert ("ohio", "dismissed another suit over the ballot language") in got


@pytest.mark.parametrize(
    "text",
    [
        # the second verb has a subject of its own
        "The Ohio Supreme Court held that the map was valid, and the state dismissed another "
        "suit over the ballot language.",
        # what the court may do next
        "The Ohio Supreme Court held that the map was valid, and will hear another suit over "
        "the ballot language.",
    ],
)
def test_a_second_clause_of_another_subject_is_no_second_ruling(text: str) -> None:
    assert not [m for m in rulings(text) if "dismissed" in m.text or "hear" in m.text]


def test_the_lower_court_below_a_high_court_with_no_court_of_appeals_is_the_trial_court() -> None:
    text = (
        "The Montana Supreme Court on Friday upheld a lower court ruling that the hunting "
        "statute is unconstitutional."
    )
    got = rulings_at(text, "lower court ruling")
    assert [m.court for m in got] == ["mtjdct"]


def test_the_lower_court_below_a_high_court_with_a_court_of_appeals_stays_unknown() -> None:
    text = (
        "The Texas Supreme Court on Friday upheld a lower court ruling that the hunting "
        "statute is unconstitutional."
    )
    got = rulings_at(text, "lower court ruling")
    assert [m.court for m in got] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # a hypothetical and a future decision
        "If the court rules against the city, the ferry plan will end. A decision is expected "
        "in June.",
        # courts in general
        "Courts have often blocked state laws like this one, the professor said.",
        # a suit against an agency is no ruling
        "The beekeepers sued the Department of Agriculture over the pesticide rule.",
    ],
)
def test_no_ruling_where_none_was_given(text: str) -> None:
    assert not [m for m in rulings(text) if m.court]


def test_a_state_high_court_is_never_the_us_supreme_court() -> None:
    text = "The Texas Supreme Court upheld the hunting ban on Friday."
    assert [m.court for m in rulings(text)] == ["tex"]


def test_what_a_court_of_review_declined_to_pause_is_the_trial_courts_ruling() -> None:
    text = (
        "U.S. District Judge Mara Quill of Seattle blocked the grant cuts in June. The 9th U.S. "
        "Circuit Court of Appeals on Friday declined to pause the injunction."
    )
    got = [(m.court, m.text) for m in rulings(text)]
    assert ("wawd", "the injunction") in got
    assert any(c == "ca9" and t.endswith("declined to pause") for c, t in got)


def test_a_ruling_noun_opening_the_account_is_that_of_the_court_named_next() -> None:
    text = (
        "The decision came Friday. The 9th U.S. Circuit Court of Appeals sided with the city "
        "in its lawsuit over the ferry tax."
    )
    got = rulings_at(text, "The decision")
    assert [(m.court, m.text) for m in got] == [("ca9", "The decision")]


@pytest.mark.parametrize(
    "text",
    [
        # a decision still due
        "The decision is expected in June. The 9th U.S. Circuit Court of Appeals sided with "
        "the city in its lawsuit over the ferry tax.",
        # not the opening of its sentence: an official's decision
        "The mayor defended the decision on Friday. The 9th U.S. Circuit Court of Appeals "
        "sided with the city in its lawsuit over the ferry tax.",
    ],
)
def test_a_ruling_noun_still_due_or_of_another_takes_no_court_named_next(text: str) -> None:
    assert not rulings_at(text, "decision")


def test_a_court_that_struck_parts_of_a_law_ruled() -> None:
    text = "A state judge in Montana on Thursday struck two provisions of the election law."
    assert [m.court for m in rulings(text)] == ["mtjdct"]


def test_a_court_that_delayed_a_law_ruled_but_not_one_that_delayed_a_hearing() -> None:
    ruled = "A federal judge in Oregon delayed the enforcement of the pesticide rule on Monday."
    assert [m.court for m in rulings(ruled)] == ["ord"]
    hearing = "A federal judge in Oregon delayed the hearing on the pesticide rule on Monday."
    assert not rulings(hearing)


def test_a_heading_naming_a_courts_ruling_is_that_ruling() -> None:
    text = (
        "The shipbuilder sued in the U.S. Court of Federal Claims (CFC) last year over the "
        "canceled contract.\nThe CFC's Ruling\nThe CFC held that the Navy breached the contract."
    )
    got = [(m.court, m.text) for m in rulings(text)]
    assert ("uscfc", "The CFC's Ruling") in got
    assert ("uscfc", "The CFC held") in got


def test_a_heading_after_the_courts_ruling_refers_back_to_it() -> None:
    text = (
        "Beekeepers sued over the permit. The 7th Circuit blocked the permit on Friday.\n"
        "The 7th Circuit's Ruling\nThe panel wrote that the permit lacked any support."
    )
    got = rulings_at(text, "Ruling")
    assert [(m.court, m.anaphor) for m in got] == [("ca7", True)]


def test_a_courts_ruling_inside_a_sentence_is_no_heading() -> None:
    text = "Beekeepers sued over the permit, and the 7th Circuit's Ruling Day came."
    assert not [m for m in rulings(text) if "Ruling" in m.text]


def test_a_court_that_noted_a_holding_with_no_that_is_its_ruling() -> None:
    text = "Beekeepers sued over the permit. The 7th Circuit noted the statute was ambiguous."
    assert [m.court for m in rulings_at(text, "noted")] == ["ca7"]


def test_the_panel_of_a_court_named_before_that_wrote_that_is_its_ruling() -> None:
    text = (
        "Beekeepers sued over the permit. The 7th Circuit heard the appeal in May. The panel "
        "wrote that the permit lacked any support."
    )
    got = rulings_at(text, "panel wrote")
    assert [(m.court, m.anaphor) for m in got] == [("ca7", True)]


def test_an_earlier_ruling_opening_its_sentence_is_that_of_the_court_named_next() -> None:
    text = (
        "The city sued over the grant cuts. A previous order had restored the money. U.S. "
        "District Judge Mara Quill of Seattle issued it in June."
    )
    got = rulings_at(text, "previous order")
    assert [(m.court, m.text) for m in got] == [("wawd", "A previous order")]


@pytest.mark.parametrize(
    "text",
    [
        # an official's order
        "The governor signed a previous order in May. A federal judge in Boston blocked the "
        "rule as unlawful.",
        # a court it is appealed to, not its author
        "The county appealed a prior ruling to the 9th U.S. Circuit Court of Appeals.",
    ],
)
def test_an_earlier_order_of_another_or_appealed_takes_no_court(text: str) -> None:
    assert not [m for m in rulings(text) if "previous" in m.text or "prior" in m.text]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "A federal judge in Boston blocked the grant rule in May. The 1st U.S. Circuit "
            "Court of Appeals on Friday let stand the decision.",
            "let stand",
        ),
        (
            "A federal judge in Boston blocked the grant rule in May. The 1st U.S. Circuit "
            "Court of Appeals on Friday left the decision in place.",
            "left",
        ),
        (
            "A federal judge in Boston blocked the grant rule in May. The 1st U.S. Circuit "
            "Court of Appeals on Friday refused to stay the judge's ruling.",
            "refused to stay",
        ),
    ],
)
def test_what_a_court_of_review_left_standing_is_the_trial_courts_ruling(
    text: str, head: str
) -> None:
    got = [(m.court, m.text) for m in rulings(text)]
    assert any(c == "ca1" and t.endswith(head) for c, t in got), got
    assert any(c == "mad" and t in ("the decision", "the judge's ruling") for c, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        # the present tense: what courts do
        "A federal judge in Oregon blocked the fee on Monday. Such rulings are rare: a court "
        "blocks a state law only when it is plainly unconstitutional.",
        # every time, the first time
        "Ranchers sued over the grazing fees. Every time a court has blocked a state law on "
        "grazing, the legislature rewrote it.",
        # "a state law" with no day, month or year
        "Ranchers sued over the grazing fees. In other states, a court blocked a state law "
        "like it.",
    ],
)
def test_a_court_in_general_is_no_ruling(text: str) -> None:
    assert not [m for m in rulings(text) if m.text.lower().startswith("a court")]


def test_a_court_that_blocked_a_law_on_a_day_is_a_ruling() -> None:
    text = "A court blocked the Oregon grazing fee as unconstitutional on Monday."
    assert [m.text for m in rulings(text)] == [
        "A court blocked the Oregon grazing fee as unconstitutional on Monday"
    ]


def test_a_states_justices_are_its_high_court_never_the_us_supreme_court() -> None:
    text = (
        "Wyoming justices struck down the abortion ban on Friday. The Supreme Court said the "
        "law violated the state constitution."
    )
    assert [m.court for m in rulings(text)] == ["wyo", "wyo"]


def test_the_us_supreme_court_after_a_states_justices_stays_the_us_court() -> None:
    text = (
        "Wyoming justices struck down the abortion ban on Friday. The U.S. Supreme Court "
        "overturned Roe v. Wade in 2022."
    )
    assert [m.court for m in rulings(text)] == ["wyo", "scotus"]


def test_the_justices_alone_are_still_the_us_supreme_court() -> None:
    text = "The justices struck down the tariffs on Friday."
    assert [m.court for m in rulings(text)] == ["scotus"]


def test_a_judges_ruling_a_court_of_review_upheld_is_the_trial_courts() -> None:
    text = (
        "U.S. District Judge Mara Quill of Seattle blocked the grant cuts in June. The 9th U.S. "
        "Circuit Court of Appeals on Friday upheld a judge's ruling that blocked the cuts."
    )
    got = rulings_at(text, "a judge's ruling")
    assert [m.court for m in got] == ["wawd"]


def test_a_judges_ruling_with_no_trial_court_named_stays_unknown() -> None:
    text = (
        "The 9th U.S. Circuit Court of Appeals on Friday upheld a judge's ruling that blocked "
        "the grant cuts."
    )
    assert [m.court for m in rulings_at(text, "a judge's ruling")] == [None]
