"""Low-scoring open sets, twenty-fourth session: a state's long school-finance suit that news
tells as "the lawsuit" after a ruling of the state's high court, without its caption
(``lawsuits.csv``: Gannon v. State). Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2015-06-20"


def _cases(text: str, date: str | None = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


_KANSAS = (
    "The Kansas Supreme Court ruled Tuesday that the state still spends too little on its "
    "public schools. The justices ordered lawmakers to fix school funding by the fall. "
)


def test_the_lawsuit_after_the_kansas_high_courts_school_funding_ruling() -> None:
    text = _KANSAS + (
        "The lawsuit was brought in 2010 by parents and several school districts, and a "
        "panel of judges in Shawnee County heard it first."
    )
    assert ("The lawsuit", "Gannon v. State") in _cases(text)


def test_the_lawsuit_without_the_kansas_high_court_is_not_gannon() -> None:
    text = (
        "A federal judge in Texas ruled Tuesday that the state still spends too little on "
        "its public schools. The lawsuit was brought in 2010 by parents and several school "
        "districts, and a panel of judges in Shawnee County heard it first."
    )
    assert not any(name == "Gannon v. State" for _t, name in _cases(text))


def test_the_lawsuit_on_another_subject_before_the_kansas_court_is_not_gannon() -> None:
    text = (
        "The Kansas Supreme Court ruled Tuesday that a county may not annex the farmland. "
        "The lawsuit was brought in 2019 by a group of landowners."
    )
    assert not any(name == "Gannon v. State" for _t, name in _cases(text))


# --- Missouri's Amendment 3 suit, told as "the lawsuit" after the state's high court ruled ---

_MISSOURI = "2025-06-02"
_AMENDMENT_3_SUIT = "Comprehensive Health of Planned Parenthood Great Plains v. State of Missouri"


def test_the_lawsuit_after_the_missouri_high_court_on_amendment_3() -> None:
    text = (
        "The Missouri Supreme Court on Tuesday set aside an order that had let clinics resume "
        "abortions, saying Judge Jerri Zhang used the wrong standard. Planned Parenthood said "
        "it would keep fighting. The lawsuit argues that the state's restrictions violate "
        "Amendment 3."
    )
    names = [n for _t, n in _cases(text, _MISSOURI)]
    assert _AMENDMENT_3_SUIT in names


def test_a_lawsuit_before_amendment_3_passed_is_not_the_amendment_3_suit() -> None:
    text = (
        "The Missouri Supreme Court on Tuesday set aside an order, saying Judge Jerri Zhang "
        "used the wrong standard. Planned Parenthood said it would keep fighting. The lawsuit "
        "argues that the state's restrictions violate Amendment 3."
    )
    names = [n for _t, n in _cases(text, "2023-05-01")]
    assert _AMENDMENT_3_SUIT not in names


# --- suits of state courts news tells without a caption (rows of lawsuits.csv) -------------


def _rulings(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


_UTAH = (
    "Utah Third District Judge Dianna Gibson has ruled that lawmakers could not repeal the "
    "redistricting initiative. The League of Women Voters of Utah and Mormon Women for "
    "Ethical Government brought the lawsuit in 2022, and their lawsuit now returns to her "
    "courtroom."
)


def test_the_utah_redistricting_suit_by_its_plaintiffs_and_judge() -> None:
    names = [n for _t, n in _cases(_UTAH, "2025-08-26")]
    assert "League of Women Voters of Utah v. Utah State Legislature" in names


def test_a_trial_judges_ruling_is_not_placed_at_the_high_court_the_row_stands_at() -> None:
    # the row stands at the Utah Supreme Court only because courts-db has no id for a Utah
    # district court: the trial judge's own ruling is never the high court's
    assert all(court != "utah" for _t, court in _rulings(_UTAH, "2025-08-26"))


def test_the_alabama_frozen_embryo_suit() -> None:
    text = (
        "In a 7-2 decision, the Alabama Supreme Court ruled that frozen embryos count as "
        "children. The couples had brought a wrongful death suit against the Center for "
        "Reproductive Medicine after a patient dropped their frozen embryos, and a Mobile "
        "County judge threw out the suit."
    )
    names = [n for _t, n in _cases(text, "2024-02-20")]
    assert "LePage v. Center for Reproductive Medicine, P.C." in names


def test_the_wyoming_abortion_suit_before_the_high_court() -> None:
    text = (
        "The Wyoming Supreme Court on Tuesday declined to answer questions about the state's "
        "abortion ban and sent the suit back to Judge Melissa Owens. Wellspring Health Access "
        "and Chelsea's Fund are among the plaintiffs in the suit."
    )
    names = [n for _t, n in _cases(text, "2023-01-05")]
    assert "Johnson v. State of Wyoming" in names


def test_the_montana_sb99_suit() -> None:
    text = (
        "The Montana Supreme Court on Wednesday upheld a Missoula judge's order blocking "
        "Senate Bill 99, the ban on gender-affirming care for minors. The lawsuit was brought "
        "by the ACLU of Montana and Lambda Legal for Phoebe Cross and other families."
    )
    names = [n for _t, n in _cases(text, "2024-12-12")]
    assert "Cross v. State" in names


def test_the_connecticut_legal_notice_case_after_the_high_courts_ruling() -> None:
    text = (
        "The Connecticut Supreme Court ruled that a daily paper few residents buy may still "
        "carry a borough's legal notices. The case began when a company that owns a house in "
        "Fenwick challenged a zoning change whose notice ran in The Middletown Press. Chief "
        "Justice Richard Robinson wrote that the case raised a question for local news."
    )
    names = [n for _t, n in _cases(text, "2024-06-21")]
    assert "9 Pettipaug, LLC v. Planning & Zoning Commission" in names


def test_a_legal_notice_case_of_another_state_is_not_the_connecticut_one() -> None:
    text = (
        "The Wyoming Supreme Court ruled that a county must print its legal notices in a "
        "weekly paper. The case began when a newspaper challenged the county's choice."
    )
    names = [n for _t, n in _cases(text, "2024-06-21")]
    assert "9 Pettipaug, LLC v. Planning & Zoning Commission" not in names
