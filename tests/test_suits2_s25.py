"""The lawsuit behind a ruling, and suits an article never names (twenty-fifth session,
s25-suits2): own sentences in the shapes reports use, each asserting what a reader would see
linked (the words and the suit), or nothing.

- "The case before <judge>" and "<party> brought the case" are the suit pending before the
  judge, never a Supreme Court precedent the story cites as authority just before;
- "<groups> sued California" over two state laws is the known suit against those laws
  (``lawsuits.csv`` lists the state as sued);
- a case still "before the justices" keeps its precedent.
"""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention


def cases(text: str, date: str | None = None) -> list[Mention]:
    return [m for m in mentions(text, date) if m.kind == "case"]


def named(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in cases(text, date)]


BOSTOCK = "Bostock v. Clayton County"


def test_the_case_before_the_judge_is_the_pending_suit_not_the_precedent() -> None:
    text = (
        "A federal judge in Brooklyn on Monday halted a Trump administration rule on health "
        "care for transgender people, a day before it was to take effect. U.S. District Judge "
        "Frederic Block wrote that the rule could not survive the Supreme Court's decision in "
        "Bostock v. Clayton County. The case before Block concerns Section 1557 of the "
        "Affordable Care Act, which bars sex discrimination in health programs."
    )
    found = named(text, "2020-08-18")
    assert (BOSTOCK, BOSTOCK) in found
    assert ("The case", "Walker v. Azar") in found


def test_the_case_a_party_brought_is_the_pending_suit_not_the_precedent() -> None:
    text = (
        "A federal judge in Amarillo has struck down parts of the EEOC's 2024 guidance on "
        "workplace harassment. U.S. District Judge Matthew J. Kacsmaryk ruled on Thursday that "
        "the agency went beyond Bostock v. Clayton County, which held that firing workers for "
        "being gay or transgender is illegal. Texas and the Heritage Foundation brought the "
        "case challenging the EEOC's power to issue the guidance."
    )
    found = named(text, "2025-05-17")
    assert ("the case", "Texas v. Equal Employment Opportunity Commission") in found
    assert not any(t == "the case" and n == BOSTOCK for t, n in found)


def test_a_case_before_an_unknown_judge_takes_no_precedent() -> None:
    text = (
        "Judge Ellen Marrow of the county court cited Bostock v. Clayton County on Tuesday. "
        "The case before Marrow concerns a school's dress code."
    )
    found = named(text, "2024-05-01")
    assert (BOSTOCK, BOSTOCK) in found
    assert not any(t.startswith("The case") for t, _n in found)


def test_the_case_before_the_justices_keeps_the_precedent() -> None:
    text = (
        "The Supreme Court decided Bostock v. Clayton County in June 2020. The case before the "
        "justices involved three employees fired for being gay or transgender."
    )
    assert ("The case", BOSTOCK) in named(text, "2023-05-01")


def test_groups_that_sued_california_over_its_disclosure_laws() -> None:
    text = (
        "The U.S. Chamber of Commerce, the California Chamber of Commerce and several farm "
        "groups sued California this week over two climate disclosure laws, SB 253 and SB 261. "
        "The suit says the laws compel speech in violation of the First Amendment."
    )
    chamber = (
        "Chamber of Commerce of the United States of America v. California Air Resources Board"
    )
    found = named(text, "2024-02-02")
    assert ("sued California", chamber) in found
    assert ("The suit", chamber) in found


def test_sued_california_with_no_known_suit_links_nothing() -> None:
    text = (
        "A group of ranchers sued California this week over a new water rule. "
        "The suit says the rule takes their land."
    )
    assert named(text, "2024-02-02") == []


BIRTHRIGHT = (
    "Seven lawsuits now target the president's executive order on birthright citizenship{aside}. "
    "On Jan. 23, a federal judge in Seattle temporarily blocked the order nationwide."
)


def test_the_states_that_brought_the_case_tell_which_suit_of_the_court() -> None:
    text = (
        BIRTHRIGHT.format(aside="")
        + "\n\nThe case was brought by four states - Arizona, Illinois, Oregon and Washington - "
        "who say the order defies the Fourteenth Amendment."
    )
    assert ("The case", "Washington v. Trump") in named(text, "2025-02-02")


def test_a_litigation_tracker_is_no_suit() -> None:
    text = BIRTHRIGHT.format(aside=", according to the litigation tracker of a law school")
    assert cases(text, "2025-02-02") == []


TIKTOK = (
    "A federal judge in Philadelphia, Wendy Beetlestone, blocked the Commerce Department's "
    "TikTok prohibitions under Executive Order 13942 on Friday. Three TikTok creators, Douglas "
    "Marland among them, brought the suit. The government is appealing the {state} case."
)


def test_the_case_told_by_its_states_people_is_that_states_suit() -> None:
    assert ("the Pennsylvanian case", "Marland v. Trump") in named(
        TIKTOK.format(state="Pennsylvanian"), "2020-11-02"
    )
    assert ("the Pennsylvania case", "Marland v. Trump") in named(
        TIKTOK.format(state="Pennsylvania"), "2020-11-02"
    )


def test_the_case_of_another_state_is_not_the_known_suit() -> None:
    found = named(TIKTOK.format(state="Texas"), "2020-11-02")
    assert not any(t.endswith("Texas case") for t, _n in found)


def test_states_that_sued_over_the_soot_standard_filed_the_known_petition() -> None:
    text = (
        "Twenty-four states filed a lawsuit against the EPA this week to overturn the agency's "
        "new soot standard. The lawsuit was filed the same day the rule was published."
    )
    found = named(text, "2024-03-08")
    assert ("a lawsuit", "Kentucky v. EPA") in found
    assert ("The lawsuit", "Kentucky v. EPA") in found
