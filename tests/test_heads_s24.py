"""Heads of stories, twenty-fourth session: a ruling told in a title-case headline ("STATE
Judge Strikes Down …", clipped "Federal Appeals tosses …") takes the court of the body's
ruling that tells it again; a section heading "The Lawsuit and …" refers back to the suit;
"The ruling" after a precedent: the copular "The decision relied on by X was CASE" is CASE,
a paragraph's "The ruling" after one that only names a precedent is the story's news ruling;
"a federal judge in STATE" of several districts keeps its back-references. Sentences of our
own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-03-12"
LOPER = "cite:603:us:369"


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, DATE) if m.kind == "ruling"]


# --- rulings in headlines ---------------------------------------------------------------


def test_a_clipped_appeals_court_in_a_headline_takes_the_bodys_circuit() -> None:
    text = (
        "In win for growers, Federal Appeals tosses Clean Water Act permit limits\n"
        "The 9th U.S. Circuit Court of Appeals on Friday ruled that the Clean Water Act does "
        "not reach seasonal ditches."
    )
    assert ("Federal Appeals tosses", "ca9") in _rulings(text)


def test_a_state_judge_in_a_title_case_headline_takes_the_bodys_court() -> None:
    text = (
        "Quarry Owners Win: Nevada Judge Tosses Mining Rule\n\n"
        "A federal judge in Reno on Tuesday tossed the Interior Department's rule on quarry "
        "permits."
    )
    assert ("Nevada Judge Tosses", "nvd") in _rulings(text)


def test_a_headline_judge_of_another_state_than_the_bodys_gets_no_court() -> None:
    text = (
        "Quarry Owners Win: Ohio Judge Tosses Mining Rule\n\n"
        "A federal judge in Reno on Tuesday tossed the Interior Department's rule on quarry "
        "permits."
    )
    assert not any(t.startswith("Ohio Judge") and c for t, c in _rulings(text))


def test_a_headline_the_body_does_not_tell_again_gives_no_ruling() -> None:
    text = (
        "Dairy Rule Voided: Wisconsin Judge Blocks Milk Labeling Rule\n\n"
        "No court has ruled yet on the milk labeling rule, farmers said."
    )
    assert not any(c for _, c in _rulings(text))


# --- a section heading's suit -------------------------------------------------------------

_SUIT = (
    "Farmers in Dale County sued the county in Hollis Farm Bureau v. Dale County, claiming "
    "the levy was unlawful.\nThe Lawsuit and What Comes Next\n"
)


def test_a_section_headings_lawsuit_refers_back_to_the_suit() -> None:
    text = _SUIT + "The lawsuit asks the judge to void the levy before the spring."
    found = [(m.text, m.name, m.anaphor) for m in mentions(text, DATE) if m.kind == "case"]
    assert ("The Lawsuit", "Hollis Farm Bureau v. Dale County", True) in found


def test_a_section_heading_with_no_suit_told_before_it_is_nothing() -> None:
    # (after a suit the heading refers back to it, whatever its section says next; with no
    # suit told before it, "The Lawsuit" heads a section about a suit the story has not told)
    text = (
        "Farmers in Dale County say the new levy is unlawful and too high.\n"
        "The Lawsuit and What Comes Next\n"
        "No hearing has been set, and the county said it would answer in May."
    )
    assert not any(m.text == "The Lawsuit" for m in mentions(text, DATE))


# --- "The ruling" after a precedent ---------------------------------------------------------

_NEWS = (
    "Citing a 2024 Supreme Court decision, the 5th U.S. Circuit Court of Appeals on Monday "
    "ruled that the agency lacked authority to set the fee.\n"
    "The decision relied on by the panel was Loper Bright Enterprises v. Raimondo, which ended "
    "the old deference test.\n"
)


def test_the_copular_decision_relied_on_was_case_is_that_case() -> None:
    found = [(m.text, m.authority) for m in mentions(_NEWS, DATE) if m.start > _NEWS.index("\n")]
    assert ("The decision", LOPER) in found


def test_a_paragraphs_ruling_after_one_that_only_names_the_precedent_is_the_news() -> None:
    text = (
        _NEWS + '"Under Loper Bright, the agency loses," the judges wrote.\n'
        "The ruling is a warning to every agency, one lawyer said."
    )
    last = [m for m in mentions(text, DATE) if m.text == "The ruling"]
    assert [(m.kind, m.court, m.authority) for m in last] == [("ruling", "ca5", None)]


def test_a_paragraph_about_the_precedents_own_holding_keeps_the_precedent() -> None:
    text = (
        _NEWS + "In Loper Bright, the Supreme Court held that judges need not defer to "
        "agencies.\nThe ruling ended forty years of deference."
    )
    last = [m for m in mentions(text, DATE) if m.text == "The ruling"]
    assert not any(m.court == "ca5" for m in last)


# --- "a federal judge in STATE" of several districts ----------------------------------------


def test_the_ruling_after_an_unplaced_state_judge_is_not_the_older_courts() -> None:
    text = (
        "In March, U.S. District Judge Paula Xinis in Maryland blocked the grant cuts.\n"
        "On Monday, a federal judge in Texas blocked a Labor Department rule on farm wages. "
        "The ruling applies nationwide."
    )
    assert ("The ruling", "mdd") not in _rulings(text)
    assert ("The ruling", None) in _rulings(text)
