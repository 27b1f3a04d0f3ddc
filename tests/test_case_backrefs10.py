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
