"""Twentieth session (branch s20-suitdata): suits of 2025–2026 news told without a caption —
by their suitors and what they challenge — and the words that tell a suit's owner. Sentences
are made up."""

from __future__ import annotations

import pytest

from conftest import mentions


def _cases(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


_FEMA = "Illinois v. Federal Emergency Management Agency"


# --- a state told as the suitor counts as the suit's party --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the suitors first, the ruling after
        "In a lawsuit brought by Illinois and 19 other states, U.S. District Judge William "
        "Smith in Providence on Tuesday struck down the conditions on the grants.",
        # the ruling first, the suitors after
        "U.S. District Judge William Smith in Providence on Tuesday struck down the "
        "conditions on the grants. The lawsuit was filed by Illinois and 19 other states.",
        # the suitors in a sentence of their own
        "Illinois and 19 other states sued in the spring over the conditions on the grants. "
        "On Tuesday, U.S. District Judge William Smith in Providence sided with them. The "
        "lawsuit called the conditions coercive.",
        # the state's possessive
        "U.S. District Judge William Smith in Providence on Tuesday ruled for the states. "
        "Illinois's lawsuit said the conditions on the grants were coercive.",
    ],
)
def test_a_suit_told_by_the_state_that_brought_it(text: str) -> None:
    linked = [name for _t, name in _cases(text, "2025-09-30")]
    assert linked and set(linked) == {_FEMA}


def test_a_state_named_in_passing_is_no_party() -> None:
    # (the state is where the story happens, not who sued: a judge hears many suits)
    text = (
        "U.S. District Judge William Smith in Providence on Tuesday ruled on a motion. "
        "Illinois officials said the lawsuit would go on."
    )
    assert _FEMA not in [n for _t, n in _cases(text, "2025-09-30")]


def test_the_summary_judgment_in_that_case() -> None:
    text = (
        "Illinois and 19 other states sued in the spring over the immigration conditions on "
        "the grants. On Tuesday, U.S. District Judge William Smith granted them summary "
        "judgment. The summary judgment in that case bars the agency from enforcing the terms."
    )
    assert ("that case", _FEMA) in _cases(text, "2025-09-30")


@pytest.mark.parametrize(
    "text",
    [
        "In that case, the judge said, the states would have to refile.",
        "The states may appeal; if that case arises, the agency will respond.",
    ],
)
def test_that_case_as_an_idiom_is_no_suit(text: str) -> None:
    ruling = "U.S. District Judge William Smith in Providence ruled for Illinois on Tuesday. "
    assert all(t != "that case" for t, _n in _cases(ruling + text, "2025-09-30"))


def test_the_state_s_lawsuit() -> None:
    text = (
        "A federal judge in Minnesota on Saturday declined to halt Operation Metro Surge. "
        "U.S. District Judge Katherine Menendez said the state's lawsuit was unlikely to succeed."
    )
    assert ("the state's lawsuit", "Minnesota v. Noem") in _cases(text, "2026-02-02")


def test_the_states_lawsuit_is_no_united_states_suit() -> None:
    # "the states’ suit" keeps the suits a state brought, never "United States v. …" for its
    # word "States" (the United States and a group sued over one Iowa law before one judge)
    text = (
        "A federal judge in Des Moines on Monday blocked Senate File 2340, Iowa's immigration "
        "law. U.S. District Judge Stephen Locher ruled that the law is likely preempted. The "
        "immigrant group's lawsuit was filed in May."
    )
    assert ("The immigrant group's lawsuit", "Iowa Migrant Movement for Justice v. Bird") in (
        _cases(text, "2024-06-20")
    )


# --- one order, two courts: two suits ------------------------------------------------------


def test_two_suits_against_one_order_in_two_courts_stay_apart() -> None:
    text = (
        "A federal judge in Seattle on Friday barred the administration from enforcing "
        "Executive Order 14248 against Washington and Oregon. U.S. District Judge John Chun "
        "ruled in the states' lawsuit. A judge in Boston had earlier blocked parts of the same "
        "order in a suit by 19 other states."
    )
    assert _cases(text, "2026-01-12") == [
        ("the states' lawsuit", "Washington v. Trump"),
        ("a suit", "California v. Trump"),
    ]


def test_one_order_and_no_court_links_no_suit() -> None:
    # (the order's suits are in three courts: nothing tells which one)
    text = (
        "A federal judge blocked parts of Executive Order 14248 on Friday. The lawsuit was "
        "brought by a group of states."
    )
    assert _cases(text, "2025-06-16") == []


def test_two_suits_over_one_benefit_in_two_courts() -> None:
    text = (
        "The administration must tap contingency funds to pay SNAP benefits, two federal "
        "judges ruled Friday. In Boston, U.S. District Judge Indira Talwani ruled in a lawsuit "
        "by 25 states. In Providence, U.S. District Judge John McConnell ruled in a suit "
        "brought by cities and nonprofits."
    )
    assert _cases(text, "2025-11-03") == [
        ("a lawsuit", "Massachusetts v. United States Department of Agriculture"),
        ("a suit", "Rhode Island State Council of Churches v. Rollins"),
    ]


# --- rows of 2025–2026 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "text", "phrase", "name"),
    [
        (
            "2025-06-25",
            "A lawsuit by California and 19 other states over the transportation grants won a "
            "round on Thursday. Chief U.S. District Judge John McConnell blocked the Duffy "
            "Directive.",
            "A lawsuit",
            "California v. United States Department of Transportation",
        ),
        (
            "2025-05-20",
            "Judge Mary McElroy in Rhode Island extended her order. The suit, brought by "
            "Colorado and 22 other states over the public health grants, will continue.",
            "The suit",
            "Colorado v. United States Department of Health and Human Services",
        ),
        (
            "2025-12-10",
            "A federal judge in Boston struck down the halt to wind energy permits. U.S. "
            "District Judge Patti Saris sided with 17 states. The lawsuit was led by Attorney "
            "General Letitia James.",
            "The lawsuit",
            "New York v. Trump",
        ),
        (
            "2025-08-25",
            "A federal judge in Miami ordered the state to wind down Alligator Alcatraz. U.S. "
            "District Judge Kathleen Williams sided with Friends of the Everglades. The lawsuit "
            "said no environmental review was done.",
            "The lawsuit",
            "Friends of the Everglades v. Noem",
        ),
        (
            "2025-06-23",
            "A federal judge in Boston vacated the NSF cap on indirect costs. U.S. District "
            "Judge Indira Talwani ruled for the Association of American Universities. The "
            "lawsuit was filed in May.",
            "The lawsuit",
            "Association of American Universities v. National Science Foundation",
        ),
        (
            "2024-06-20",
            "A federal judge in Des Moines blocked Senate File 2340 on Monday. U.S. District "
            "Judge Stephen Locher ruled in the lawsuit filed by the Iowa Migrant Movement for "
            "Justice.",
            "the lawsuit",
            "Iowa Migrant Movement for Justice v. Bird",
        ),
        (
            "2025-09-01",
            "A federal judge in Washington halted the expansion of expedited removal. U.S. "
            "District Judge Jia Cobb ruled in the lawsuit brought by Make the Road New York.",
            "the lawsuit",
            "Make the Road New York v. Noem",
        ),
        (
            "2025-12-22",
            "A federal judge in Providence blocked HUD's new rules for homelessness grants. "
            "U.S. District Judge Mary McElroy ruled in a lawsuit brought by Washington and "
            "other states over the Continuum of Care program.",
            "a lawsuit",
            "Washington v. United States Department of Housing and Urban Development",
        ),
    ],
)
def test_a_suit_of_2025_told_without_its_caption(
    date: str, text: str, phrase: str, name: str
) -> None:
    assert (phrase, name) in _cases(text, date)


def test_two_suits_of_one_judge_on_one_cap_tie_without_their_suitors() -> None:
    # (three suits against the NIH cap before Judge Kelley: the phrase gives the court only)
    text = (
        "A federal judge in Boston made permanent her order against the NIH cap on indirect "
        "costs. U.S. District Judge Angel Kelley ruled in the lawsuit."
    )
    assert _cases(text, "2025-04-07") == [("the lawsuit", None)]


def test_a_suit_filed_in_another_year_than_the_phrase_says_is_not_it() -> None:
    # (a judge's one suit of the state in the table, filed in 2025; the story tells a suit
    # of the state "filed … in January 2023", one the table does not have)
    text = (
        "U.S. District Judge William Smith in Providence ruled on Tuesday. A group of states "
        "led by Illinois filed a lawsuit in January 2023 challenging the rule."
    )
    assert _FEMA not in [n for _t, n in _cases(text, "2025-09-30")]
    text = text.replace("January 2023", "May 2025")
    assert ("a lawsuit", _FEMA) in _cases(text, "2025-09-30")


def test_two_states_leading_tell_neither_as_the_suitor() -> None:
    # ("led by Illinois and Ohio": the caption may be either state's)
    text = (
        "U.S. District Judge William Smith in Providence ruled on Tuesday. A group of states "
        "led by Illinois and Ohio filed a lawsuit challenging the rule."
    )
    assert _FEMA not in [n for _t, n in _cases(text, "2025-09-30")]
