"""Rulings in the shapes census32 (blind50) showed, twenty-fifth session (s25-b50rul): a
district judge named by bare surname in a story that starts mid-way, a vote-counted ruling
noun before the caption the article told, "weighed in on", a court's term tally, a case's
one-word short name. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions, rulings

# Roake v. Brumley (M.D. La., Judge deGravelles) is a hand row of lawsuits.csv against
# Louisiana H.B. 71; the story opens on the order, told as the judge's words.
MID_STORY = (
    "Louisiana officials may not enforce HB 71 and must tell every school district that "
    "the statute is void, said deGravelles, who was named to the bench in 2015.\n"
    "The 90-page ruling, which the state vowed to appeal, is a blow to the governor. Parents "
    "cheered the ruling on Tuesday.\n"
    "“Today’s ruling protects children,” said a lawyer for the families. The attorney "
    "general said she rejects the court’s decision.\n"
    "Decades ago the Supreme Court voided a like statute. In his ruling, deGravelles "
    "wrote that the statute cannot stand."
)


def _got(text: str, date: str = "2024-11-13") -> dict[str, str | None]:
    return {m.text: m.court for m in rulings("Louisiana news\n\n" + text, date)}


def test_a_suits_judge_by_bare_surname_places_the_rulings_after_the_order() -> None:
    got = _got(MID_STORY)
    assert got["The 90-page ruling"] == "lamd"
    assert got["the ruling"] == "lamd"
    assert got["Today’s ruling"] == "lamd"
    assert got["the court’s decision"] == "lamd"
    assert got["his ruling"] == "lamd"


def test_the_order_told_as_the_judges_words_is_not_reported_itself() -> None:
    got = _got(MID_STORY)
    assert not any(t.startswith("Louisiana officials") for t in got)


def test_a_bare_surname_without_the_suits_law_is_no_judge() -> None:
    text = MID_STORY.replace("enforce HB 71", "enforce the statute passed last spring")
    got = _got(text)
    assert "The 90-page ruling" not in got
    assert got.get("his ruling") != "lamd"


def test_a_vote_counted_decision_before_the_story_case_is_the_news_ruling() -> None:
    text = (
        "In Harlow v. Dent, the justices reviewed nationwide injunctions.\n\n"
        "The Supreme Court granted the government a stay on Friday. The 6-3 decision in "
        "Harlow v. Dent turns on a procedural question, not on the merits."
    )
    got = _got(text, "2025-07-01")
    assert got["The 6-3 decision"] == "scotus"


def test_a_decision_in_a_case_recalled_stays_the_case() -> None:
    text = (
        "The Supreme Court overturned Roe on Friday. The decision in Roe v. Wade had stood "
        "for decades."
    )
    got = _got(text, "2022-06-25")
    assert "The decision" not in got


def test_a_court_weighed_in_on_a_question_is_its_ruling() -> None:
    text = (
        "The Supreme Court last week weighed in on campus speech codes for the first time in "
        "years, striking down a college policy."
    )
    got = _got(text, "2025-07-01")
    assert [c for t, c in got.items() if t.startswith("The Supreme Court last week")] == ["scotus"]


def test_weighed_in_on_several_matters_is_no_one_ruling() -> None:
    text = "The court likewise weighed in on several unrelated matters about schools."
    assert _got(text, "2025-07-01") == {}


def test_a_senator_weighed_in_is_no_ruling() -> None:
    assert _got("The senator weighed in on the budget on Monday.", "2025-07-01") == {}


def test_a_courts_tally_of_opinions_over_its_term_is_no_ruling() -> None:
    text = "According to a tracker, the Supreme Court issued 58 opinions during its 2022-2023 term."
    assert _got(text, "2024-05-01") == {}


def test_a_court_issued_a_ruling_is_still_one() -> None:
    got = _got("The Supreme Court issued a ruling Monday striking down the law.", "2024-05-01")
    assert len(got) == 1


def test_the_wetlands_case_by_its_short_name() -> None:
    text = (
        "Agency news\n\nThe agency narrowed its reach since the justices' 2023 ruling "
        "in Sackett, which limited wetlands rules."
    )
    got = {(m.text, m.authority) for m in mentions(text, "2024-05-01") if m.kind == "case"}
    # (twenty-eighth session: the dated phrase before the short name is its decision, one
    # mention with it)
    assert ("the justices' 2023 ruling in Sackett", "cite:598:us:651") in got


def test_a_possessive_ruling_noun_before_the_judge_is_named_is_that_judges() -> None:
    text = (
        "After declining to stay the policy in her first opinion granting the union's motion "
        "for a preliminary injunction, U.S. District Judge Ada Brown on Tuesday struck down "
        "the rule nationwide."
    )
    got = _got(text, "2024-08-21")
    assert got["her first opinion"] == "txnd"


def test_a_possessive_ruling_noun_after_a_named_judge_is_not_the_next_judges() -> None:
    text = (
        "After Judge Ada Brown explained her first opinion to the parties, U.S. District "
        "Judge Indira Talwani on Tuesday struck down the rule nationwide."
    )
    got = _got(text, "2024-08-21")
    assert got.get("her first opinion") != "mad"


def _orders(text: str) -> dict[str, str | None]:
    got = mentions("Agency news\n\n" + text, "2024-11-13")
    return {m.text: m.authority for m in got if m.kind == "executive-action"}


def test_the_presidents_eo_refers_back_to_his_order() -> None:
    got = _orders(
        "President Carter signed EO 11991 in 1977, telling the council to write rules. "
        "Relying on the Carter EO, the council wrote rules for decades."
    )
    assert got["the Carter EO"] == "eo:11991"


def test_another_presidents_order_is_not_the_one_named() -> None:
    got = _orders(
        "In 2011, President Obama issued EO 13563, telling agencies to review rules. The "
        "Reagan order came decades before it."
    )
    assert got.get("The Reagan order") is None
