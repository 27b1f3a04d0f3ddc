"""Cases and lawsuits referred back to, and suits told by who sued whom (issue 13, points 1
and 4, tenth session): sentences of our own in the shapes found on real news pages, each
with what a reader would see linked, or nothing."""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention


def cases(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


def case_mentions(text: str, date: str | None = None) -> list[Mention]:
    return [m for m in mentions(text, date) if m.kind == "case"]


# --- "the case" after a known suit the article never captions (lawsuits.csv) ------------

TRAVEL_BAN = (
    "The two states are challenging President Donald Trump's travel ban. A federal judge in "
    "Seattle ruled Monday that their lawsuit can go forward. U.S. District Judge James Robart "
    "said evidence-gathering could begin in the case. The Justice Department had wanted the "
    "case put on hold."
)


def test_the_case_after_a_known_suit_is_that_suit() -> None:
    found = [(m.text, m.name, m.court) for m in case_mentions(TRAVEL_BAN, "2017-02-13")]
    assert ("the case", "Washington v. Trump", "wawd") in found
    assert [t for t, _, _ in found].count("the case") == 2


def test_an_appeal_that_would_advance_the_case_is_no_hypothetical_suit() -> None:
    text = (
        "U.S. District Judge Analisa Torres ruled in July that XRP sales on exchanges were "
        "not securities. Judge Torres found no substantial disagreement with her findings and "
        "did not believe an appeal would substantially advance the case."
    )
    assert ("the case", "SEC v. Ripple Labs, Inc.") in cases(text, "2023-10-04")


def test_idioms_of_case_stay_unlinked_beside_a_known_suit() -> None:
    text = (
        "A federal judge in Seattle ruled Monday that the lawsuit by Washington and Minnesota "
        "against the travel ban can go forward. U.S. District Judge James Robart said that in "
        "this case the states had standing. That is the case for many travelers, and in any "
        "case the states will make the case for relief. The case for a stay was weak."
    )
    texts = [t for t, _ in cases(text, "2017-02-13")]
    assert "the case" not in texts and "The case" not in texts


# --- a caption printed after the back-reference -------------------------------------------


def test_the_suit_told_before_its_caption() -> None:
    text = (
        "Tonia and David Parker of Lexington sued school officials in April 2006. Joseph and "
        "Robin Wirthlin joined the suit after a teacher read the class a story.\n"
        "The unanimous three-judge panel said in Parker v. Hurley that public schools are not "
        "obliged to shield students from such ideas."
    )
    assert ("the suit", "Parker v. Hurley") in cases(text)


def test_a_digest_item_that_ends_on_its_caption() -> None:
    text = (
        "• Noncompete enforced. The appeals court held the injunction served the employer's "
        "business interests. Cigna Corp. v. Bricker, 103 F.4th 1336 (8th Cir. 2024).\n"
        "• Injunction reversed. The lawsuit was not actionable because it was brought four "
        "years after the agreement ended. Wilbur-Ellis Company, LLC v. Erikson, 103 F.4th "
        "1352 (8th Cir. 2024)."
    )
    found = cases(text)
    assert ("The lawsuit", "Wilbur-Ellis Company, LLC v. Erikson") in found


def test_their_lawsuit_before_the_caption_in_its_sentence() -> None:
    text = (
        "Democratic attorneys general raised a fresh defense of their lawsuit on Tuesday. The "
        "12 AGs representing plaintiff states in Oregon, et al., v. Trump filed a new brief."
    )
    assert ("their lawsuit", "Oregon v. Trump") in cases(text)


def test_a_caption_in_apposition_is_the_only_mention() -> None:
    text = (
        "The plan is in effect in 11 states.\nThe case, known as Ohio v. EPA, came as the "
        "justices grew wary of the agency."
    )
    assert [t for t, _ in cases(text)] == ["Ohio v. EPA"]


def test_the_case_ahead_is_never_a_precedent_nor_in_another_paragraph() -> None:
    text = (
        "The justices agreed to dismiss the case as improvidently granted.\n"
        "In Ames v. Ohio Department of Youth Services, the court ruled unanimously."
    )
    assert [t for t, _ in cases(text)] == ["Ames v. Ohio Department of Youth Services"]
    text = "Critics say the case could upend Roe v. Wade, 410 U.S. 113 (1973)."
    assert "the case" not in [t for t, _ in cases(text)]


# --- who sued whom, against a caption the article prints -----------------------------------


def test_sued_the_city_is_the_caption_whose_party_is_a_city() -> None:
    text = (
        "The high court said it would hear Fulton v. City of Philadelphia on November 4. "
        "Catholic Social Services sued the city after it threatened to end its contract."
    )
    assert ("sued the city", "Fulton v. City of Philadelphia") in cases(text)


def test_sued_officials_by_a_party_of_the_caption() -> None:
    text = (
        "Tonia and David Parker of Lexington sued school officials in 2006. The court ruled "
        "against them in Parker v. Hurley."
    )
    assert ("sued school officials", "Parker v. Hurley") in cases(text)


def test_a_side_of_several_parties_joined_by_and() -> None:
    text = (
        "Spann, et al. v. Minneapolis City Council and Mayor Jacob Frey\n"
        "On August 17, 2020, eight residents filed suit against the Minneapolis City Council "
        "and Mayor Frey in Hennepin County District Court."
    )
    found = cases(text)
    assert (
        "filed suit against the Minneapolis City Council and Mayor Frey",
        "Spann v. Minneapolis City Council and Mayor Jacob Frey",
    ) in found


def test_sued_the_city_stays_alone_beside_two_cities() -> None:
    text = (
        "The court decided City of Grants Pass v. Johnson and Kranz v. City of Bloomington "
        "this term. A developer sued the city last week."
    )
    assert "sued the city" not in [t for t, _ in cases(text)]


def test_a_lawsuit_against_someone_no_party_of_the_caption_is_another_suit() -> None:
    text = (
        "Lance Nistler v. Tim Walz\n"
        "A farmer filed the lawsuit Lance Nistler v. Tim Walz in January.\n"
        "Separately, a think tank filed a lawsuit against the Minnesota Department of "
        "Education over withheld records."
    )
    assert "a lawsuit" not in [t for t, _ in cases(text)]
    text = (
        "West Virginia v. EPA was decided in 2022. The states then filed a lawsuit against "
        "the Environmental Protection Agency over its new rule."
    )
    assert ("a lawsuit", "West Virginia v. Environmental Protection Agency") not in cases(text)


# --- "this case" under an item's heading; "in the case" --------------------------------------


def test_this_case_under_its_items_caption() -> None:
    text = (
        "ADT v. Swenson: The P.R. Campaign From Hell\n"
        "A judge heard argument on a number of motions on May 2.\n"
        "Curtis v. Altria Group: A Major Case Pending Before the Minnesota Supreme Court\n"
        "If you litigate consumer fraud you need to know about this case."
    )
    assert ("this case", "Curtis v. Altria Group") in cases(text)


def test_a_brief_in_the_case_but_not_in_this_instance() -> None:
    text = (
        "The high court said it would hear Fulton v. City of Philadelphia in November. The "
        "administration filed a brief in the case in favor of the agency."
    )
    assert [t for t, _ in cases(text)].count("the case") == 1
    text = (
        "The high court said it would hear Fulton v. City of Philadelphia in November. In "
        "this case, the city says its contract rules apply to everyone."
    )
    assert "this case" not in [t for t, _ in cases(text)]


def test_a_person_party_with_a_middle_initial_by_surname() -> None:
    text = (
        "State of New Jersey et al v. Donald J. Trump et al was filed in Boston. Planned "
        "Parenthood v. Casey was decided in 1992."
    )
    names = [n for _, n in cases(text)]
    assert "New Jersey v. Trump" in names
    assert "Planned Parenthood v. Casey" in names


def test_a_landmarks_short_name_that_is_the_articles_judge() -> None:
    text = (
        "Two lawsuits over the census question will proceed, U.S. District Judge Jesse Furman "
        "ordered Thursday. The suits survived despite Furman's decision to dismiss some claims."
    )
    assert "Furman v. Georgia" not in [n for _, n in cases(text)]
    text = "The death penalty was halted after Furman's decision in 1972."
    assert "Furman v. Georgia" in [n for _, n in cases(text)]


def test_a_party_acting_or_dealt_with_is_no_short_name_of_its_case() -> None:
    text = (
        "Judge Allison Burroughs heard arguments in Harvard College v. HHS on Monday. The "
        "government said it lawfully ended its contracts with Harvard. It argued the case "
        "belongs in another court since Harvard seeks only money."
    )
    found = cases(text)
    assert [t for t, _ in found] == ["Harvard College v. HHS", "the case"]


def test_the_minnesota_case_is_the_case_the_article_ties_to_minnesota() -> None:
    text = (
        "The justices turned away Worth v. Jacobson, an appeal from Minnesota over its ban on "
        "carry permits for young adults. The decision not to hear the Minnesota case surprised "
        "both sides."
    )
    assert ("the Minnesota case", "Worth v. Jacobson") in cases(text)
    text = (
        "The justices turned away Worth v. Jacobson, an appeal from Minnesota over its ban on "
        "carry permits for young adults. The decision not to hear the Texas case surprised "
        "both sides."
    )
    assert "the Texas case" not in [t for t, _ in cases(text)]


def test_this_supreme_court_case() -> None:
    text = (
        "FDA v. Wages and White Lion Investments will be heard in October. The Fifth Circuit "
        "took an unusual position, which led us to this Supreme Court case."
    )
    assert ("this Supreme Court case", "FDA v. Wages and White Lion Investments, L.L.C.") in cases(
        text
    )


# --- a known suit where no ruling is reported: its judge named in full and its own party ------


def test_a_known_suit_by_its_judge_and_party_without_a_ruling() -> None:
    text = (
        "In a 15-minute hearing Monday, US District Court Judge Allison Burroughs set July 21 "
        "for oral arguments. While Harvard’s lawsuit over the $2.2 billion freeze in federal "
        "research funding marked an escalation, observers warn the stakes are higher."
    )
    found = [(m.text, m.name) for m in case_mentions(text, "2025-04-28")]
    assert found == [
        (
            "Harvard’s lawsuit",
            "President and Fellows of Harvard College v. United States Department of Health "
            "and Human Services",
        )
    ]


def test_a_judge_without_a_suitor_of_her_suits_is_no_evidence() -> None:
    text = (
        "US District Court Judge Allison Burroughs set a hearing for July. The lawsuit by a "
        "group of Boston landlords says the city's rent rules are unlawful."
    )
    assert case_mentions(text, "2025-04-28") == []
    text = (
        "Judge Burroughs set a hearing for July. Harvard's lawsuit says the freeze of its "
        "research funding is unlawful."
    )
    assert case_mentions(text, "2025-04-28") == []  # the judge not named in full


def test_a_judges_two_suits_of_one_party_by_what_the_article_is_about() -> None:
    text = (
        "Judge Allison Burroughs issued her opinion Wednesday, restoring Harvard’s research "
        "grants and leaving Harvard entitled to its research funding.\n"
        "The case will not go to trial. Burroughs ruled on summary judgment."
    )
    found = [(m.text, m.name) for m in case_mentions(text, "2025-09-04")]
    assert (
        "The case",
        "President and Fellows of Harvard College v. United States Department of Health and "
        "Human Services",
    ) in found
