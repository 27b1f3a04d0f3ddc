"""What refers back to a case (issue 13, points 1 and 4, thirteenth session): sentences of our
own in the shapes found on real news pages, each with what a reader would see linked, or
nothing."""

from __future__ import annotations

from conftest import mentions


def cases(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


# --- a possessive pronoun opens the phrase ("Her lawsuit", "Their case") ----------------------


def test_her_lawsuit_opening_a_sentence_refers_back_to_the_case() -> None:
    # (a sentence-opening "Her" was read as a name the case's own words had to hold)
    text = (
        "The Supreme Court will hear oral arguments in Dana Holt v. Reyes on Tuesday.\n\n"
        "Dana Holt is a licensed counselor in Denver. Her lawsuit describes her as working "
        "with adults who seek counseling."
    )
    assert ("Her lawsuit", "Dana Holt v. Reyes") in cases(text)


def test_their_lawsuit_and_its_suit_refer_back_too() -> None:
    text = (
        "Two clinics filed Hope Clinic v. Marsh in federal court in March. Their lawsuit says "
        "the new rule is arbitrary. The state asked the judge to dismiss it; its lawyers say "
        "the clinics lack standing."
    )
    assert ("Their lawsuit", "Hope Clinic v. Marsh") in cases(text)


def test_their_case_is_the_case_the_article_names() -> None:
    text = (
        "Rivera et al v. Collins\n\nSeveral doctors and families are challenging an Ohio law "
        "that would bar care for their patients. Their case is being heard this week in the "
        "U.S. District Court."
    )
    assert ("Their case", "Rivera v. Collins") in cases(text)


def test_her_case_was_dismissed_refers_back() -> None:
    text = (
        "A former clerk sued the county in Lane v. Dunmore County, claiming she was fired for "
        "her speech. Her case was dismissed in May, and she has appealed."
    )
    assert ("Her case", "Lane v. Dunmore County") in cases(text)


def test_pronoun_case_idioms_stay_unlinked() -> None:
    text = (
        "A former clerk sued the county in Lane v. Dunmore County, claiming she was fired for "
        "her speech. In her case, the county never gave a reason. The governor made his case "
        "to voters on Monday, and the mayor argued their case for a new jail. His case of the "
        "flu kept him home. Her case for reform is strong."
    )
    texts = [t for t, _ in cases(text)]
    assert not [t for t in texts if t.endswith("case")]


def test_their_case_with_no_case_named_stays_unlinked() -> None:
    text = (
        "Four students sued the school district on Friday over their suspensions. Their case "
        "will be heard in federal court in San Francisco."
    )
    assert cases(text) == []


# --- a roundup of captions: a back-reference never reaches past one linker cannot read -------


ROUNDUP = (
    "Nguyen v. U.S. Department of Homeland Security\n"
    "Trial Docket: 3:18-cv-00135 (S.D. Cal.)\n"
    "On January 19, 2018, a Vietnamese citizen filed this suit in the U.S. District Court for "
    "the Southern District of California. The plaintiff sued the U.S. Department of Homeland "
    "Security.\n\n"
    "Does, 1-104 v. Wasden\n"
    "Trial Docket: 1:16-cv-00429 (D. Idaho)\n"
    "More than 100 people are challenging Idaho's registration laws. The lawsuit seeks a "
    "permanent order. As of January 20, 2020, this case is pending in the Court of Appeals."
)


def test_no_back_reference_past_a_caption_linker_cannot_read() -> None:
    found = cases(ROUNDUP)
    assert ("this suit", "Nguyen v. U.S. Department of Homeland Security") in found
    assert not [t for t, n in found if t in ("The lawsuit", "this case")]


def test_a_suit_told_by_who_sued_whom_ends_at_its_sentence() -> None:
    told = [m for m in mentions(ROUNDUP) if m.matcher == "sued"]
    assert [m.text for m in told] == ["sued the U.S. Department of Homeland Security"]


# --- a known suit reached through a court of appeals' ruling -------------------------------


def test_the_lawsuit_a_circuit_ruled_in_is_the_known_suit_of_a_district_below() -> None:
    # (``lawsuits.csv``: United States v. Abbott, W.D. Tex., its own words "buoys" and "Rio
    # Grande"; the article tells only the Fifth Circuit's ruling)
    text = (
        "The full Fifth Circuit ruled on Tuesday that Texas may keep its floating buoys in the "
        "Rio Grande while the case goes on. The lawsuit over the buoys began last summer, "
        "when the Justice Department sued the state."
    )
    found = [(m.text, m.name) for m in mentions(text, "2024-08-01") if m.kind == "case"]
    assert ("The lawsuit", "United States v. Abbott") in found
    assert ("the case", "United States v. Abbott") in found


def test_a_circuit_ruling_alone_names_no_suit_of_its_districts() -> None:
    text = (
        "The full Fifth Circuit ruled on Tuesday that the state may keep its new rules while "
        "the case goes on. The lawsuit began last summer."
    )
    assert cases(text, "2024-08-01") == []


# --- a court paper's caption, pasted into a post -------------------------------------------


def test_a_court_papers_caption_names_the_parties_not_their_roles() -> None:
    text = (
        "The lawsuit filed on behalf of Ruth Ames and others has been dismissed.\n\n"
        "RUTH M. AMES, et al., Plaintiffs, v. CARROLL COUNTY, MARYLAND, et al., Defendants. "
        "Civil No. 09-CV-555\nThis case is administratively closed."
    )
    found = cases(text)
    assert found[0] == ("The lawsuit", "Ames v. Carroll County")
    assert ("This case", "Ames v. Carroll County") in found
    assert not [n for _, n in found if n and n.startswith("Plaintiffs")]


def test_roles_without_a_party_are_no_caption() -> None:
    assert cases("The Plaintiffs v. Defendants fight over fees went on.") == []


# --- "suit" and "petition" in their other senses -------------------------------------------


def test_a_suit_of_clothes_and_a_ballot_petition_stay_unlinked() -> None:
    text = (
        "The state supreme court ruled in Hale v. Board of Elections last year.\n\n"
        "Supporters of the ballot measure said the petition had 200,000 signatures. The "
        "mayor wore a new suit to the hearing. The suit was dark blue."
    )
    assert [t for t, _ in cases(text)] == ["Hale v. Board of Elections"]


def test_the_suit_and_the_petition_in_court_still_refer_back() -> None:
    text = (
        "The state supreme court ruled in Hale v. Board of Elections last year. The county "
        "asked the justices to rehear it, but they denied the petition in May. The suit will "
        "now go to trial."
    )
    found = cases(text)
    assert ("The suit", "Hale v. Board of Elections") in found


# --- "the decision" that is a Supreme Court precedent, not a ruling of the story --------------


def test_the_decision_after_a_cited_precedent_is_that_precedent() -> None:
    text = (
        "The judge's order rests on Morrison v. Olson, 487 U.S. 654 (1988). The question is "
        "whether Morrison v. Olson is still good law. The government argued that the decision "
        "does not reach independent agencies."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2025-09-03") if m.kind == "case"]
    assert ("the decision", "cite:487:us:654") in found


def test_that_ruling_after_a_landmark_named_in_a_ruling_is_the_landmark() -> None:
    text = (
        "The new decision follows the Supreme Court's landmark 2008 ruling in District of "
        "Columbia v. Heller. That ruling recognized an individual right to keep a handgun."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2024-06-21") if m.kind == "case"]
    assert ("That ruling", "cite:554:us:570") in found


def test_the_decision_of_the_story_stays_a_ruling() -> None:
    # a ruling of the story told after the precedent, or in the phrase's own sentence
    text = (
        "Citing the Supreme Court's decision in Morrison v. Olson, 487 U.S. 654 (1988), the "
        "court found that the agency lacked authority. This alert analyzes the opinion and "
        "the decision. The ruling came on Tuesday after Morrison v. Olson was argued again."
    )
    found = [m.text for m in mentions(text, "2025-09-03") if m.kind == "case"]
    assert "the decision" not in found and "The ruling" not in found


def test_the_case_in_a_question_refers_back() -> None:
    text = (
        "The justices will hear Dana Holt v. Reyes on Tuesday.\n\nWhat is the case about?\n\n"
        "That is the case, lawyers say. That is the case for many families."
    )
    assert [t for t, _ in cases(text)] == ["Dana Holt v. Reyes", "the case"]


def test_other_uses_of_case_and_lawsuit_stay_unlinked() -> None:
    text = (
        "The court ruled in Hale v. Board of Elections last year.\n\nIn any case, officials "
        "reported a case of measles at the school. Advocates made the case that the rule is "
        "unfair, and the case for a new law grows. A lawsuit was filed on Monday by a parent."
    )
    assert [t for t, _ in cases(text)] == ["Hale v. Board of Elections"]
