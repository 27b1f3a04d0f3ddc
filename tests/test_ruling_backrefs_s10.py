"""Rulings referred back to (tenth session, issue 13): a court that has ruled goes on saying
or doing things ("The court found that …", "the 8th Circuit said"), and ruling nouns with any
modifiers ("an oral ruling", "its brief, one-paragraph order"). Sentences in the shape of
real news pages (tenth-session probes), in our own words."""

from __future__ import annotations

from conftest import rulings

LEAD = (
    "The 5th U.S. Circuit Court of Appeals on Monday reversed a ruling by a federal judge in "
    "Houston. "
)
TRIAL = "A federal judge in Houston on Monday blocked the agency's new rule. "


def found(text: str) -> dict[str, tuple[str | None, bool]]:
    return {m.text: (m.court, m.anaphor) for m in rulings(text)}


def test_a_court_that_ruled_continues_its_ruling_with_a_verb_of_saying() -> None:
    got = found(LEAD + "The appeals court said the agency had discretion to act.")
    assert got["The appeals court said"] == ("ca5", True)


def test_a_named_court_continues_its_own_ruling() -> None:
    got = found(
        LEAD + "The U.S. Court of Appeals for the Fifth Circuit held March 1 that the agency "
        "had authority to end the program."
    )
    assert got["The U.S. Court of Appeals for the Fifth Circuit held"] == ("ca5", True)


def test_a_courts_own_acts_after_its_ruling() -> None:
    got = found(
        "The 5th Circuit on Tuesday vacated the SEC's rule. The court directed the SEC to "
        "fix the defects within 30 days. The court underscored that the agency had been warned."
    )
    assert got["The court directed"] == ("ca5", True)
    assert got["The court underscored"] == ("ca5", True)


def test_sending_the_case_back() -> None:
    got = found(
        "The Supreme Court on Monday ruled that the claim was timely. The Court sent it back "
        "to the lower courts for more proceedings."
    )
    assert got["The Court sent it back"] == ("scotus", True)


def test_a_judge_continues_a_ruling_by_writing_never_by_speaking() -> None:
    got = found(TRIAL + "The judge wrote that the rule exceeded the agency's authority.")
    assert got["The judge wrote"] == ("txsd", True)
    # at a hearing a judge speaks: "said" is no ruling of a judge's
    assert not any(
        t.startswith("The judge said") for t in found(TRIAL + "The judge said she was troubled.")
    )


def test_a_court_that_has_not_ruled_says_nothing_of_a_ruling() -> None:
    assert not found("The appeals court said it would hear arguments in May.")
    # what it will do is no ruling, even after one
    assert "The appeals court said" not in found(
        LEAD + "The appeals court said it would hear the case again."
    )


def test_a_justice_writing_may_be_dissenting() -> None:
    got = found(
        "The Supreme Court on Friday struck down the tariffs. Justice Elena Kagan wrote that "
        "the majority had gone too far."
    )
    assert not any(t.startswith("Justice Elena Kagan") for t in got)


def test_a_quotations_attribution_and_an_earlier_ruling_are_not_continuations() -> None:
    got = found(TRIAL + '"Nothing suggests venue is proper," the judge wrote, noting the gap.')
    assert "the judge wrote" not in got
    got = found(
        "The Supreme Court on Friday halted the plan. In 2022, the nation's highest court "
        "said that the agency had gone too far."
    )
    assert not any("highest court said" in t for t in got)
    got = found(
        "The Supreme Court on Friday halted the plan. The court held in West Virginia v. EPA "
        "that the agency lacked such power."
    )
    assert "The court held" not in got


def test_a_courts_quotation_is_its_rulings() -> None:
    got = found(LEAD + "“The statute leaves no room for doubt,” the appeals court said.")
    assert got["the appeals court said"] == ("ca5", True)


def test_a_ruling_noun_before_the_court_is_the_mention() -> None:
    got = found(TRIAL + "In her ruling, the judge wrote that the rule was arbitrary.")
    assert got["her ruling"] == ("txsd", True)
    assert "the judge wrote" not in got


def test_a_ruling_named_where_the_court_stated_it() -> None:
    got = found(
        "The Supreme Court on Friday let the policy take effect. The Court stated in its "
        "brief, one-paragraph order that the lower court had erred."
    )
    assert got["its brief, one-paragraph order"] == ("scotus", True)


def test_ruling_nouns_with_any_shape_of_modifier() -> None:
    for phrase in (
        "an oral ruling",
        "the most recent ruling",
        "The judge's verbal ruling",
        "the much-anticipated ruling",
        "The panel opinion",
    ):
        text = TRIAL + f"Lawyers for the state said they would study {phrase} closely."
        if phrase[0].isupper():
            text = TRIAL + f"{phrase} drew criticism from the state."
        got = found(text)
        assert any(phrase.lower() in t.lower() for t in got), (phrase, got)


# --- the court a ruling anaphor takes, from the history the article told


def test_a_named_judge_is_not_a_judge_of_the_court_the_case_may_reach() -> None:
    got = found(
        "TALLAHASSEE, Fla. — A Leon County judge issued a written order on Tuesday that "
        "blocks the state's new law. Gov. Ron DeSantis said the state will appeal with the 1st "
        "District Court of Appeal. The case is expected to eventually be decided by the Florida "
        "Supreme Court. Judge John Cooper issued the order after a hearing. In his 68-page "
        "ruling, Cooper said the law violates the privacy clause."
    )
    lead = next(c for t, (c, _) in got.items() if t.startswith("A Leon County judge issued"))
    assert lead == "flacirct"
    assert got["Judge John Cooper issued the order"][0] == "flacirct"
    assert got["his 68-page ruling"] == ("flacirct", True)


def test_a_state_court_of_appeals_sentences_no_one() -> None:
    got = found(
        "LEXINGTON, N.C. — A judge denied a motion to throw out the guilty verdicts. The two "
        "were sentenced to 20 to 25 years in prison. The defense plans on appealing the most "
        "recent ruling in the North Carolina Court of Appeals."
    )
    assert all(court != "ncctapp" for court, _ in got.values()), got


def test_the_court_after_a_review_of_a_judges_ruling_is_the_reviewing_court() -> None:
    got = found(
        "The Fifth Circuit on Monday reversed a ruling by a federal judge in Houston. The court "
        "affirmed the dismissal of the remaining claims."
    )
    court = next(c for t, (c, _) in got.items() if t.startswith("The court affirmed"))
    assert court == "ca5"


# --- plural heads, and what is no court's ruling


def test_plural_heads_with_several_modifiers_and_bare_decisions_after_two_rulings() -> None:
    got = found(
        "A federal judge in Boston on Monday blocked the cuts. A federal judge in Boston on "
        "Tuesday blocked the layoffs. The administration said it would appeal the two separate "
        "rulings. Officials blasted the decisions as lawless."
    )
    assert got["the two separate rulings"] == ("mad", True)
    assert got["the decisions"] == ("mad", True)
    # after one ruling, "the decisions" may be anyone's
    one = found(TRIAL + "The agency made the decisions about layoffs last year.")
    assert "the decisions" not in one


def test_the_rulings_below_are_the_lower_courts() -> None:
    got = found(
        "The Supreme Court on Monday vacated the judgments and sent the cases back to the courts "
        "of appeals. A tie would have left in place the rulings below."
    )
    assert "the rulings" not in got


def test_an_officials_decision_to_act_is_what_the_decision_then_means() -> None:
    got = found(
        "A federal judge ruled on Friday that the program must be restored. The court had "
        "found in April that the decision to rescind the program was unlawful, and gave the "
        "agency a chance to explain the decision."
    )
    assert "the decision" not in got


def test_a_judgment_that_something_was_so_is_an_opinion_held() -> None:
    got = found(TRIAL + "The agency relied on the judgment that the policy was unlawful.")
    assert "the judgment" not in got


def test_an_inverted_conditional_is_no_verdict() -> None:
    got = found(
        "A county judge on Monday signed the settlement. The state won limits that probably "
        "would not have been reached had the jury found for the state at trial."
    )
    assert not any("jury found" in t for t in got)


def test_what_a_judge_issues_is_a_ruling_but_not_what_it_has_not_yet_issued() -> None:
    got = found(
        "U.S. District Judge Amir Ali ruled on Monday that the freeze was unlawful. On Thursday "
        "Ali, also a Biden appointee, declined to hold the administration in contempt but issued "
        "a forceful new order mandating payments."
    )
    assert got["a forceful new order"][0] == "dcd"
    got = found(
        "Judge Terry Doughty ruled on Monday. Judge Terry Doughty has not yet issued a final "
        "ruling, but he issued an injunction on July 4."
    )
    assert "a final ruling" not in got
    got = found(TRIAL + "The judge ruled, and President Trump then issued a new order on tariffs.")
    assert "a new order" not in got


def test_a_ruling_named_with_a_case_whose_party_is_an_inc_is_its_own_case() -> None:
    got = found(
        "The U.S. District Court for the District of North Dakota ruled in the Corner Post, Inc. "
        "v. Board of Governors of the Federal Reserve System case that the Fed had exceeded its "
        "authority.\nIf the decision holds on appeal, the impact could be significant.\nThe "
        "Supreme Court heard this case last year and sent it back to the District Court. This "
        "decision is now coming from that court."
    )
    assert got["the decision"] == ("ndd", True)
    assert got["This decision"] == ("ndd", True)


def test_a_consent_judgment_is_the_courts_but_a_consent_order_may_be_an_agencys() -> None:
    got = found(
        "The CFPB and the bank signed a consent order on Monday. A federal judge in Sherman, "
        "Texas, vacated the rule on Friday. The consent judgment comes after the agency joined "
        "the plaintiffs."
    )
    assert got["The consent judgment"] == ("txed", True)
    assert "a consent order" not in got


def test_the_court_reviewed_in_the_object_does_not_disagree_with_the_reviewing_court() -> None:
    got = found(
        "The Fifth Circuit ruled on two sets of claims on Monday.\n\nThe court affirmed the "
        "district court's grant of partial summary judgment on the first claims."
    )
    court = next(c for t, (c, _) in got.items() if t.startswith("The court affirmed"))
    assert court == "ca5"


def test_a_judges_surname_with_a_lowercase_particle_gives_the_judges_court() -> None:
    got = found(
        "A federal judge has temporarily blocked a Louisiana law. U.S. District Judge John W. "
        "deGravelles of Baton Rouge ruled Tuesday that the law violates the First Amendment. "
        "The ruling found the law unconstitutional. Tuesday's decision came alongside another."
    )
    assert got["The ruling"] == ("lamd", True)
    assert got["Tuesday's decision"] == ("lamd", True)
