"""Lawsuits told without a caption and what refers back to them (sixteenth session, issue 13):
a footnote's numeral is no part of a caption, and a tracker's suit is named as the case is
named in text ("New Jersey v. Trump", not "State of New Jersey v. Donald J. Trump").

The sentences are made up, in the shapes news prints.
"""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.datafiles import caption_in_text, lawsuits


def cases(text: str, date: str | None = "2025-11-03") -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


# -- a footnote's numeral after a caption -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "caption"),
    [
        ("The panel relied on Dale v. Harper1 and on its own rulings.", "Dale v. Harper"),
        ("The panel relied on Mason v. Crane.2 Judge Ames agreed.", "Mason v. Crane"),
        ("Judge Ames wrote that Dale v. Harper.1 controls here.", "Dale v. Harper"),
        ("The court cited Pike v. Orr12, a ruling from 1990.", "Pike v. Orr"),
    ],
)
def test_a_footnote_numeral_is_no_part_of_the_caption(sentence: str, caption: str) -> None:
    assert (sentence.split(" v. ")[0].split()[-1] + " v. " + caption.split(" v. ")[1]) == caption
    assert [name for _t, name in cases(sentence)] == [caption]
    assert [t for t, _n in cases(sentence)] == [caption]


def test_a_number_that_is_a_name_stays() -> None:
    # digits after a capital are a call sign's or a model's: part of the name
    found = [name for _t, name in cases("The ruling in Marsh v. KX7 Media stands.")]
    assert found == ["Marsh v. KX7 Media"]


# -- a tracker's caption as text names the case -----------------------------------------------


@pytest.mark.parametrize(
    ("docket", "in_text"),
    [
        ("State of New Jersey v. Donald J. Trump", "New Jersey v. Trump"),
        ("Commonwealth of Massachusetts v. Trump", "Massachusetts v. Trump"),
        ("Cathy A. Harris v. Bessent", "Harris v. Bessent"),
        ("Quill Society v. Robert F. Kennedy, Jr.", "Quill Society v. Kennedy"),
        ("Nat’l Association of Tin Makers in Higher Ed. v. Trump",
         "National Association of Tin Makers in Higher Education v. Trump"),
        ("Pine Ass’n v. U.S. Dep’t of Labor", "Pine Association v. U.S. Department of Labor"),
        # a party that is no person, and a state's own name, stay as they are
        ("New York v. Trump", "New York v. Trump"),
        ("Citizens for Clear Water v. Doe", "Citizens for Clear Water v. Doe"),
        ("Oregon State Bar v. Lee", "Oregon State Bar v. Lee"),
    ],
)  # fmt: skip
def test_caption_in_text(docket: str, in_text: str) -> None:
    assert caption_in_text(docket) == in_text


def test_a_tracker_row_keeps_its_docket_caption() -> None:
    rows = [r for r in lawsuits() if r.generated and r.name != caption_in_text(r.name)]
    assert not rows  # every generated row is named as text names it
    renamed = [r for r in lawsuits() if r.generated and r.reviewed_as]
    assert renamed
    for r in renamed:
        assert caption_in_text(r.reviewed_as[-1]) == r.name


# -- what refers back to a suit ---------------------------------------------------------------

SUIT = (
    "Harbor towns filed Dale Harbor Association v. Office of Coastal Permits in federal court "
    "last spring, challenging a ban on dredging.\n\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "The litigation",
        "The pending litigation",
        "This legal action",
        "Their new lawsuit",
        "The towns' new lawsuit",
    ],
)
def test_words_for_the_suit_refer_back_to_it(phrase: str) -> None:
    text = SUIT + f"{phrase} could take a year to resolve, lawyers said."
    found = cases(text)
    assert (phrase, "Dale Harbor Association v. Office of Coastal Permits") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The towns may take legal action again next year.",  # no determiner: no suit
        "A litigation boom has followed the ban.",
    ],
)
def test_legal_action_without_a_determiner_is_no_suit(sentence: str) -> None:
    found = cases(SUIT + sentence)
    assert [t for t, _n in found] == ["Dale Harbor Association v. Office of Coastal Permits"]


def test_this_case_before_the_only_caption() -> None:
    text = (
        "A federal appeals court on Monday heard arguments in a fight over dredging rules. "
        "This case could decide how far towns may go in blocking coastal permits.\n\n"
        "Lawyers for the towns told the panel that the permit office had ignored its rules.\n\n"
        "The dispute, Dale Harbor Association v. Office of Coastal Permits, began in 2023."
    )
    assert ("This case", "Dale Harbor Association v. Office of Coastal Permits") in cases(text)


def test_this_case_before_one_of_two_captions_stays_alone() -> None:
    text = (
        "A federal appeals court on Monday heard arguments in a fight over dredging rules. "
        "This case could decide how far towns may go in blocking coastal permits.\n\n"
        "The towns cited Pike v. Orr, a ruling of 1990.\n\n"
        "The dispute, Dale Harbor Association v. Office of Coastal Permits, began in 2023."
    )
    assert "This case" not in [t for t, _n in cases(text)]


def test_the_case_prefers_the_suit_to_a_precedent_cited() -> None:
    text = (
        "A federal judge on Monday blocked the Office of Coastal Permits from enforcing its "
        "dredging ban in Dale Harbor Association v. Office of Coastal Permits.\n\n"
        "Judge Ann Ames, relying on Pike v. Orr, a 1990 appeals ruling, wrote that the office "
        "had ignored its own rules.\n\n"
        "The case now returns to the office for more review."
    )
    assert ("The case", "Dale Harbor Association v. Office of Coastal Permits") in cases(text)


# -- a suit told by a plaintiff only it has -----------------------------------------------------
# (the litigation tracker's suit of the National Association of Immigration Judges, filed
# 2020-07-01 in the Eastern District of Virginia; the sentences are made up)

NAIJ = "National Association of Immigration Judges v. Owen"
HIGH_COURT = (
    "The Supreme Court on Friday declined to pause a lower-court order, a rare loss for the "
    "Trump administration on its emergency docket. The justices allowed the case to go on in "
    "the lower courts.\n\nThe National Association of Immigration Judges says a rule that "
    "bars its members from speaking in public violates the First Amendment. The lawsuit "
    "will now return to a federal district court, where the case began in 2020."
)


def test_a_plaintiff_no_other_suit_has_and_a_ruling_above_its_court() -> None:
    found = cases(HIGH_COURT)
    assert ("the case", NAIJ) in found
    assert ("The lawsuit", NAIJ) in found


def test_a_printed_caption_leaves_the_plaintiff_alone() -> None:
    text = HIGH_COURT + " Lawyers cited Pike v. Orr in their filing."
    assert NAIJ not in [n for _t, n in cases(text)]


def test_a_plaintiff_without_a_ruling_or_a_fresh_filing_tells_nothing() -> None:
    text = (
        "The National Association of Immigration Judges says a rule that bars its members "
        "from speaking in public violates the First Amendment. The lawsuit is pending."
    )
    assert NAIJ not in [n for _t, n in cases(text, "2025-11-03")]


FILED = (
    "The National Association of Immigration Judges sued Sirce Owen, who heads the "
    "immigration courts, on Monday over a rule that bars judges from speaking in public. "
    "The lawsuit says the rule violates the First Amendment."
)


def test_a_suit_just_filed_by_a_plaintiff_only_it_has() -> None:
    found = cases(FILED, "2020-07-06")
    assert ("sued Sirce Owen", NAIJ) in found
    assert ("The lawsuit", NAIJ) in found


@pytest.mark.parametrize("date", ["2020-09-30", "2020-06-20"])
def test_a_suit_filed_long_before_or_after_the_story_is_not_fresh(date: str) -> None:
    assert NAIJ not in [n for _t, n in cases(FILED, date)]


def test_a_fresh_suit_needs_its_other_side_named() -> None:
    text = FILED.replace("Sirce Owen, who heads the immigration courts,", "the government")
    assert NAIJ not in [n for _t, n in cases(text, "2020-07-06")]


# -- a suit told by who sued whom, just filed ----------------------------------------------------
# (the litigation tracker's Oregon v. Trump, filed 2025-09-28 in the District of Oregon; the
# sentences are made up)

SUED = (
    "Oregon sued Trump on Sunday to stop troops from being sent to Portland. The lawsuit "
    "says the order breaks the law. The litigation could take months."
)


def test_who_sued_whom_just_filed_starts_the_chain() -> None:
    found = cases(SUED, "2025-09-30")
    assert ("sued Trump", "Oregon v. Trump") in found
    assert ("The lawsuit", "Oregon v. Trump") in found
    assert ("The litigation", "Oregon v. Trump") in found


def test_who_sued_whom_long_before_the_story_is_not_told_so() -> None:
    assert cases(SUED, "2025-12-30") == []


def test_who_sued_whom_when_the_one_sued_is_another() -> None:
    text = SUED.replace("sued Trump", "sued the Portland Harbor Board")
    assert "Oregon v. Trump" not in [n for _t, n in cases(text, "2025-09-30")]


# -- a precedent cited is not what "the ruling" means ----------------------------------------


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2025-11-03") if m.kind == "ruling"]


CITING = (
    "{news} on Monday struck down the county's ban on street vendors. Writing for the panel, "
    "Judge Lee Park said the ban violated the First Amendment, citing a 1990 Supreme Court "
    "decision that protected leafleting. Judge Ann Ames joined the ruling."
)


def test_the_ruling_after_a_cited_precedent_is_the_news() -> None:
    found = _rulings(CITING.format(news="The 9th Circuit"))
    assert ("the ruling", "ca9") in found


def test_the_ruling_after_only_a_cited_precedent_stays_unlinked() -> None:
    found = _rulings(CITING.format(news="A federal appeals court"))
    assert ("the ruling", "scotus") not in found


def test_the_ruling_after_the_high_court_s_own_news_is_its() -> None:
    text = (
        "The Supreme Court on Monday struck down the county's ban on street vendors. Justice "
        "Ann Ames joined the ruling."
    )
    assert ("the ruling", "scotus") in _rulings(text)


# -- "the case": the article's suit over a precedent it cites ------------------------------

OWN_AND_CITED = (
    "Harbor towns won a round on Monday in Dale Harbor Association v. Office of Coastal "
    "Permits, when a federal judge blocked the dredging ban.\n\nThe judge {verb} Loper Bright "
    "Enterprises v. Raimondo, the 2024 decision that ended deference to agencies. The case now "
    "heads to the appeals court."
)


@pytest.mark.parametrize("verb", ["relied on", "cited", "quoted"])
def test_the_case_is_the_suit_not_the_precedent_cited(verb: str) -> None:
    found = cases(OWN_AND_CITED.format(verb=verb))
    assert ("The case", "Dale Harbor Association v. Office of Coastal Permits") in found


def test_the_case_beside_a_precedent_not_told_as_cited_stays_alone() -> None:
    found = cases(OWN_AND_CITED.format(verb="wrote about"))
    assert "The case" not in [t for t, _n in found]


def test_the_case_of_a_digest_before_one_caption_stays_alone() -> None:
    text = (
        "The justices released six rulings on Thursday. The last one had a single dissent, "
        "as the court moved to dismiss the case as improvidently granted.\n\n"
        "On coastal permits\n\n"
        "In Dale Harbor Association v. Office of Coastal Permits, the court sided with the towns."
    )
    assert "the case" not in [t for t, _n in cases(text)]


def test_this_case_before_the_caption_in_a_story_of_several_rulings_stays_alone() -> None:
    text = (
        "The justices released six rulings on Thursday. This case was the closest of them.\n\n"
        "Lawyers for the towns said they were pleased.\n\n"
        "In Dale Harbor Association v. Office of Coastal Permits, the court sided with the towns."
    )
    assert "This case" not in [t for t, _n in cases(text)]
