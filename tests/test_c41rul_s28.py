"""Twenty-eighth session (census41 P5, P7, P14): rulings told by unusual verbs, the court of a
bare "Supreme Court" in a state story, a reviewing court's own injunction, ruling spans that
leave a rule mention out. Made-up sentences of the shapes the census showed."""

from __future__ import annotations

from conftest import mentions, rulings

DATE = "2025-07-10"


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text, DATE)]


# P5: unusual ruling verbs (data rows of ruling_verbs.csv) ---------------------------------


def test_told_judges_to_reconsider_is_the_courts_ruling() -> None:
    text = (
        "The families sued after the Supreme Court last month told judges in two cases to "
        "reconsider the orders they had entered."
    )
    assert ("the Supreme Court last month told judges in two cases to reconsider", "scotus") in (
        _found(text)
    )


def test_instructed_lower_courts_to_revisit_is_a_ruling_but_not_from_a_governor() -> None:
    assert _found("The justices on Tuesday instructed lower courts to revisit the orders.")
    assert not _found("The governor on Tuesday instructed judges to revisit their bail rules.")


def test_put_a_hold_on_is_a_ruling() -> None:
    text = "The high court, however, put a 45-day hold on the governor's order."
    assert [c for t, c in _found(text) if t.startswith("The high court")] == ["scotus"]
    assert not _found("The mayor put a 45-day hold on the parking permits.")


def test_issued_a_temporary_halt_on_is_a_ruling() -> None:
    text = "The Ninth Circuit issued a temporary halt on the rule pending review last week."
    assert ("The Ninth Circuit issued a temporary halt on", "ca9") in _found(text)
    assert not _found("The company issued a temporary halt on hiring last week.")


def test_a_gerund_after_in_is_the_courts_ruling_and_the_amendment_keeps_its_mention() -> None:
    text = (
        "A federal judge in Ohio relied on the Second Amendment in temporarily blocking "
        "enforcement of a state gun law Monday that bans carrying knives."
    )
    found = mentions(text, DATE)
    ruling = [m for m in found if m.kind == "ruling"]
    assert ruling and ruling[0].start == 0
    assert any(m.kind == "constitution" and m.text == "Second Amendment" for m in found)


def test_a_gerund_after_in_with_no_ruling_verb_is_no_ruling() -> None:
    text = "A federal judge in Ohio cited the Second Amendment in explaining her doubts Monday."
    assert not _found(text)


# P7a: a bare "the Supreme Court" in a story about a state's high court ----------------------


_STATE_STORY = (
    "Iowa Supreme Court strikes down century-old law\n"
    "On March 3, the Iowa Supreme Court, with a 4-3 majority, issued a decision striking "
    "down a ban on river dredging that had existed since 1911. Following the U.S. Supreme "
    "Court's 2015 decision on water permits, there was doubt about the old ban's reach, and "
    "the state's boat owners asked for a clear answer. The Polk County District Court had "
    "earlier ruled that the ban did not apply to small "
    "boats. This new ruling from the Supreme Court has now settled that dredging remains "
    "lawful under state law."
)


def test_a_bare_supreme_court_after_a_us_aside_is_the_states_high_court() -> None:
    found = _found(_STATE_STORY)
    assert ("This new ruling from the Supreme Court", "iowa") in found


def test_a_bare_supreme_court_after_a_us_ruling_recalled_by_its_year_is_the_states() -> None:
    text = _STATE_STORY.replace(
        "Following the U.S. Supreme Court's 2015 decision on water permits, there was doubt",
        "The U.S. Supreme Court's 2015 decision on water permits left doubt",
    )
    assert text != _STATE_STORY
    assert ("This new ruling from the Supreme Court", "iowa") in _found(text)


def test_a_bare_supreme_court_after_a_us_ruling_told_as_news_stays_the_us_court() -> None:
    text = _STATE_STORY.replace(
        "Following the U.S. Supreme Court's 2015 decision on water permits, there was doubt",
        "The U.S. Supreme Court on Monday ruled on water permits, and there was doubt",
    )
    assert text != _STATE_STORY
    assert ("This new ruling from the Supreme Court", "iowa") not in _found(text)


def test_a_bare_supreme_court_in_a_federal_sentence_stays_the_us_court() -> None:
    text = _STATE_STORY.replace(
        "This new ruling from the Supreme Court has now settled that dredging remains lawful "
        "under state law.",
        "The Supreme Court has since ruled again on the federal permit question in Roe v. Smith.",
    )
    assert not [c for t, c in _found(text) if "The Supreme Court" in t and c == "iowa"]


# P7b: a reviewing court's own injunction ------------------------------------------------


def test_an_injunction_granted_with_a_reversal_is_the_reviewing_courts() -> None:
    text = (
        "On May 6, the Eleventh Circuit issued its opinion, reversing the order of the U.S. "
        "District Court for the Southern District of Florida, and granting a preliminary "
        "injunction against the rule. The Eleventh Circuit also held that the preliminary "
        "injunction would cover every member of the association."
    )
    found = _found(text)
    assert ("a preliminary injunction", "ca11") in found
    assert ("the preliminary injunction", "ca11") in found
    assert (
        "the order of the U.S. District Court for the Southern District of Florida",
        "flsd",
    ) in (found)


def test_an_injunction_with_no_reversal_before_it_is_not_moved() -> None:
    text = (
        "On May 6, the Eleventh Circuit issued its opinion, and the U.S. District Court for "
        "the Southern District of Florida later entered a preliminary injunction."
    )
    assert ("a preliminary injunction", "ca11") not in _found(text)


# P14: a ruling span and a rule mention in its coordinated clause ------------------------


def test_a_hyphenated_topic_rule_keeps_its_mention_inside_a_ruling_clause() -> None:
    text = (
        "On January 2, 2025, the Sixth Circuit delivered a major ruling and blocked the "
        "agency's bid to revive net-neutrality regulations."
    )
    found = mentions(text, DATE)
    regs = [m for m in found if m.kind == "regulation"]
    assert [m.text for m in regs] == ["net-neutrality regulations"]
    ruling = [m for m in found if m.kind == "ruling"]
    assert ruling and ruling[0].end <= regs[0].start
    assert ruling[0].text.startswith("the Sixth Circuit delivered a major ruling")


def test_a_hyphenated_topic_needs_a_rule_word_after_it() -> None:
    found = mentions("The net-neutrality debate goes on in Congress.", DATE)
    assert not [m for m in found if m.kind == "regulation"]
