"""A digest page's next story about another state (issue 13, point 7, eleventh session, audit
round two): a judge, "the district court" or a level-only ruling in a paragraph that names
only other states never takes the federal district of a suit or court the page named in an
earlier paragraph about another state. Own sentences in the shape of a law blog's tag page
(a 9th Circuit ruling on an Idaho law, then stories about Tennessee laws)."""

from __future__ import annotations

from conftest import rulings

IDAHO = (
    "A panel of the 9th Circuit upheld an injunction that Chief U.S. District Judge David C. "
    "Nye issued against Idaho's sports law. Hecox v. Little, 79 F.4th 1009 (9th Cir. 2023). "
    "Judge Nye has not yet ruled on the merits."
)
TENNESSEE_JUDGE = (
    "In April, Tennessee passed a law requiring warning signs on some restrooms. On July 9, "
    "U.S. District Judge Aleta Trauger issued a preliminary injunction blocking the law while "
    "a lawsuit goes on."
)
TENNESSEE_COURT = (
    "A 6th Circuit panel stayed an injunction that had been issued by the district court "
    "against Tennessee's law on care for minors."
)


def courts(text: str) -> dict[str, str | None]:
    return {m.text: m.court for m in rulings(text, "2023-09-01")}


def test_a_judge_in_a_paragraph_about_another_state_is_not_the_earlier_district() -> None:
    found = courts(IDAHO + "\n" + TENNESSEE_JUDGE)
    trauger = [c for t, c in found.items() if "Trauger" in t]
    # (never Idaho's district; the judges' table, every sitting judge since the twelfth
    # session, now gives her own: M.D. Tenn.)
    assert trauger in ([None], ["tnmd"])


def test_the_district_court_in_a_paragraph_about_another_state_stays_unplaced() -> None:
    found = courts(IDAHO + "\n" + TENNESSEE_COURT)
    assert "idd" not in [c for t, c in found.items() if "6th Circuit" in t or "district" in t]


def test_the_same_state_named_again_keeps_the_earlier_district() -> None:
    # a later paragraph that names the district's own state is still its story
    later = "In Idaho, U.S. District Judge David C. Nye issued a second order on Friday."
    found = courts(IDAHO + "\n" + later)
    assert [c for t, c in found.items() if "second order" in t] == ["idd"]


def test_a_paragraph_that_names_no_state_keeps_the_earlier_district() -> None:
    later = "Judge Nye issued a second order on Friday, the lawyers said."
    found = courts(IDAHO + "\n" + later)
    assert [c for t, c in found.items() if "second order" in t] == ["idd"]


def test_the_lower_court_below_the_supreme_court_is_the_court_of_appeals() -> None:
    # the story's suit is known (Texas v. United States, DACA), but "the lower court" its own
    # sentence sets below the Supreme Court is the 5th Circuit whose ruling stood
    text = (
        "A federal judge in Texas refused to halt DACA, finding that a group of conservative "
        "states waited too long to bring their lawsuit.\n\n"
        "In declining to block DACA, U.S. District Judge Andrew Hanen of the Southern District "
        "of Texas said the states were likely to win. Seven states, led by Texas, sued to end "
        "DACA in May.\n\n"
        "Hanen blocked the Deferred Action for Parents of Americans program in 2015. A "
        "three-judge panel for the U.S. Court of Appeals for the Fifth Circuit upheld his "
        "ruling, while the Supreme Court deadlocked in the case, leaving the lower court's "
        "ruling in place."
    )
    found = {m.text: m.court for m in rulings(text, "2018-08-31")}
    assert found["the lower court's ruling"] == "ca5"


def test_a_judge_before_another_states_paragraph_is_not_its_district() -> None:
    # a roundup: one state's judge, then "Further south in Georgia, …" with a named district
    text = (
        "In Tennessee, the governor signed the state's abortion bill on Monday. Within an "
        "hour, Judge William Campbell stopped the bill from taking effect with a restraining "
        "order.\n\n"
        "Further south in Georgia, U.S. District Judge Steve Jones of the Northern District of "
        "Georgia ruled against the state on Monday, barring it from enforcing its own law."
    )
    found = courts(text)
    assert [c for t, c in found.items() if "Campbell" in t] in ([None], ["tnmd"])
    assert [c for t, c in found.items() if "Jones" in t] == ["gand"]
