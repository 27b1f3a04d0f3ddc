"""Nineteenth session (branch s19-suits): what refers back to a suit told without its caption,
and prosecutions told by who charged whom. Sentences are made up."""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention

_DATE = "2025-05-02"
_NY = "New York v. Department of Education"


def _cases(text: str, date: str = _DATE) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.name, m.anaphor) for m in mentions(text, date) if m.kind == "case"]


def _case_of(text: str, piece: str, date: str = _DATE) -> list[Mention]:
    return [m for m in mentions(text, date) if m.kind == "case" and m.text == piece]


_SUED = (
    "Nineteen states sued the Education Department on Monday in federal court in Boston "
    "over the layoffs. "
)


def test_back_references_to_a_suit_told_by_who_sued_whom() -> None:
    text = (
        _SUED + "The April suit says the layoffs gut the agency. The legal challenge argues "
        "that Congress created the offices. Their suit asks for an injunction."
    )
    refs = [(t, n) for t, n, a in _cases(text) if a]
    assert refs == [
        ("The April suit", _NY),
        ("The legal challenge", _NY),
        ("Their suit", _NY),
    ]


def test_the_suit_never_refers_back_to_a_prosecution() -> None:
    text = (
        "A federal grand jury in Miami indicted Marcus Okafor on Tuesday on fraud charges. "
        + _SUED
        + "The April suit says the layoffs gut the agency."
    )
    (suit,) = _case_of(text, "The April suit")
    assert suit.name == _NY


def test_a_reference_after_two_suits_is_left_alone() -> None:
    # a prosecution and a suit told before "the complaint", which either may own
    text = (
        "Federal prosecutors charged Dana Whitfield with bank fraud in a complaint unsealed in "
        "Boston. " + _SUED + "The complaint names the secretary."
    )
    assert not _case_of(text, "The complaint")


def test_federal_prosecutors_charged_a_named_defendant() -> None:
    text = (
        "Federal prosecutors charged Dana Whitfield with bank fraud on Monday. The case against "
        "Whitfield follows an audit of the credit union."
    )
    assert _cases(text) == [
        ("Federal prosecutors charged Dana Whitfield", "United States v. Whitfield", False),
        ("The case against Whitfield", "United States v. Whitfield", True),
    ]


def test_the_justice_department_indicted_a_named_defendant() -> None:
    text = "The Justice Department on Thursday indicted Lena Marsh on perjury charges."
    assert _cases(text) == [
        ("The Justice Department on Thursday indicted Lena Marsh", "United States v. Marsh", False)
    ]


def test_charged_in_federal_court() -> None:
    text = "Omar Pryce was charged in federal court in Newark with smuggling, records show."
    assert _cases(text) == [
        ("was charged in federal court in Newark", "United States v. Pryce", False)
    ]


def test_the_prosecution_referred_back_to_by_the_defendant() -> None:
    text = (
        "A federal grand jury in Miami indicted Marcus Okafor on Tuesday on wire fraud charges. "
        "His lawyer said the case against Okafor is weak. Okafor's trial is set for June."
    )
    refs = [(t, n) for t, n, a in _cases(text) if a]
    assert refs == [
        ("the case against Okafor", "United States v. Okafor"),
        ("Okafor's trial", "United States v. Okafor"),
    ]


def test_the_trial_of_someone_else_is_not_the_prosecution() -> None:
    text = (
        "A federal grand jury in Miami indicted Marcus Okafor on Tuesday on wire fraud charges. "
        "Meanwhile, Reyes's trial in a state court begins next week."
    )
    assert not _case_of(text, "Reyes's trial")


def test_state_charges_get_no_federal_caption() -> None:
    text = "County prosecutors charged Dana Whitfield with theft on Monday."
    assert not _cases(text)


def test_a_clinical_trial_is_no_prosecution() -> None:
    text = (
        "A federal grand jury indicted Marcus Okafor on Tuesday on fraud charges. The drug "
        "company said the trial enrolled 400 patients."
    )
    assert not _case_of(text, "the trial")


def test_a_suit_told_since_a_named_case_takes_its_back_reference() -> None:
    # the anaphora pass, which runs before the suit is found, gave "the lawsuit" the older case
    text = (
        "Lawyers cited Garland v. Cargill in a brief last year. " + _SUED + "The lawsuit "
        "says the cuts were unlawful."
    )
    (ref,) = _case_of(text, "The lawsuit")
    assert ref.name == _NY


def test_the_louisiana_age_check_suit_is_linked_by_its_judge_and_suitor() -> None:
    text = (
        "U.S. District Judge John deGravelles on Monday struck down a Louisiana law that makes "
        "social media sites check ages. The lawsuit was brought by NetChoice, a tech trade "
        "group. The suit said the law chilled speech. Attorney General Liz Murrill said she "
        "would appeal."
    )
    names = {m.name for m in mentions(text, "2025-12-16") if m.kind == "case"}
    assert names == {"NetChoice v. Murrill"}


def test_the_iowa_book_law_suits_are_told_apart_by_their_suitors() -> None:
    ruling = (
        "A federal judge on Tuesday again blocked Iowa from enforcing parts of Senate File "
        "496. U.S. District Judge Stephen Locher ruled in the lawsuit brought by "
    )
    publishers = ruling + "Penguin Random House and several authors."
    students = ruling + "Iowa Safe Schools and seven students."
    assert {m.name for m in mentions(publishers, "2025-03-26") if m.kind == "case"} == {
        "Penguin Random House LLC v. Robbins"
    }
    assert {m.name for m in mentions(students, "2025-03-26") if m.kind == "case"} == {
        "GLBT Youth in Iowa Schools Task Force v. Reynolds"
    }


def test_the_newspapers_suits_before_judge_stein_are_not_confused() -> None:
    text = (
        "Judge Sidney Stein let the lawsuit brought by the Daily News and other newspapers "
        "owned by Alden Global Capital go forward against OpenAI and Microsoft."
    )
    names = {m.name for m in mentions(text, "2025-04-05") if m.kind == "case"}
    assert names <= {"Daily News, LP v. Microsoft Corporation"}


def test_a_plea_in_federal_court_is_the_federal_prosecution() -> None:
    text = "Omar Pryce pleaded not guilty in federal court in Newark on Friday."
    assert _cases(text) == [
        ("pleaded not guilty in federal court in Newark", "United States v. Pryce", False)
    ]


def test_an_owned_suit_is_only_its_owners_suit() -> None:
    # "Harvard's lawsuit" is not the states' suit told just before it
    text = _SUED + "Harvard's lawsuit, filed in April, is before another judge."
    assert not _case_of(text, "Harvard's lawsuit")


def test_the_litigation_refers_back_to_the_suit() -> None:
    text = _SUED + "The litigation could take months."
    (ref,) = _case_of(text, "The litigation")
    assert ref.name == _NY


def test_a_pronoun_is_no_defendant() -> None:
    assert not _cases("He pleaded guilty to federal charges in May.")
    assert not _cases("The company was charged in federal court in Boston.")


def test_a_plea_refers_back_to_the_prosecution_a_federal_sentence_tells() -> None:
    text = (
        "Former county treasurer Lydia Marsh was sentenced Monday in federal court in Denver "
        "to two years in prison for wire fraud. Marsh's plea spared her a trial."
    )
    (plea,) = _case_of(text, "Marsh's plea", "2025-09-02")
    assert plea.name == "United States v. Marsh"


def test_a_state_sentence_makes_no_federal_prosecution() -> None:
    text = (
        "Lydia Marsh was sentenced Monday by a Denver County judge to two years in prison. "
        "Marsh's plea spared her a trial."
    )
    assert not _case_of(text, "Marsh's plea", "2025-09-02")


def test_a_titled_defendant_is_named_by_the_surname_after_the_title() -> None:
    text = (
        "A federal grand jury in Ohio indicted State Treasurer Helen Varga on Thursday on "
        "fraud charges. The Justice Department on Monday indicted former DEA Agent Paul Ruiz. "
        "Federal prosecutors charged Rep. DeShawn McAllister with assault."
    )
    assert [n for _t, n, _a in _cases(text)] == [
        "United States v. Varga",
        "United States v. Ruiz",
        "United States v. McAllister",
    ]


def test_the_library_patrons_suit_in_llano_county() -> None:
    text = (
        "U.S. District Judge Robert Pitman ordered the county to put the books back. The "
        "lawsuit, brought by Leila Green Little and other library patrons, says officials "
        "pulled titles they disliked. The suit now goes to trial."
    )
    names = {m.name for m in mentions(text, "2023-04-01") if m.kind == "case"}
    assert names == {"Little v. Llano County"}


def test_the_escambia_book_suit_is_pen_americas_only_where_its_suitors_are_named() -> None:
    ruling = "U.S. District Judge Kent Wetherell on Wednesday refused to end the case. "
    pen = ruling + "The lawsuit was brought by PEN America and Penguin Random House."
    other = ruling + "The lawsuit was brought by two parents over a picture book."
    assert {m.name for m in mentions(pen, "2024-01-11") if m.kind == "case"} == {
        "PEN American Center, Inc. v. Escambia County School Board"
    }
    assert not [m for m in mentions(other, "2024-01-11") if m.kind == "case"]


def test_trumps_suit_against_cbs_before_judge_kacsmaryk() -> None:
    text = (
        "Trump sued CBS last fall in federal court in Amarillo, where U.S. District Judge "
        "Matthew Kacsmaryk hears cases. The suit claimed an interview was deceptively edited."
    )
    names = {m.name for m in mentions(text, "2025-07-03") if m.kind == "case"}
    assert names == {"Trump v. CBS Broadcasting Inc."}


def test_the_legal_challenge_refers_back_to_a_captioned_suit() -> None:
    text = (
        "The suit, Doe v. Harlan County School Board, was filed in April. The legal challenge "
        "argues the removals broke the First Amendment."
    )
    (ref,) = _case_of(text, "The legal challenge")
    assert ref.name == "Doe v. Harlan County School Board"


def test_the_legal_challenge_is_no_cited_precedent() -> None:
    text = (
        "Lawyers cited Tinker v. Des Moines Independent Community School District, 393 U.S. "
        "503 (1969). The legal challenge argues the removals broke the First Amendment."
    )
    assert not _case_of(text, "The legal challenge")


def test_a_generic_legal_challenge_is_no_back_reference() -> None:
    # a ruling cited by its caption, and "the legal challenge" meaning any challenge
    text = (
        "The bill answers a 2024 ruling (Hale v. Dorsey Farms), where the court adopted a "
        "looser test. It let judges halt laws even if the legal challenge was weak."
    )
    assert not _case_of(text, "the legal challenge")


def test_no_back_reference_across_another_caption() -> None:
    text = (
        _SUED + "\n\nRoe Farms v. Adams County\nA farm says the county broke its zoning rules. "
        "The lawsuit seeks damages."
    )
    assert not [m for m in _case_of(text, "The lawsuit") if m.name == _NY]


def test_idioms_of_case_are_no_back_references() -> None:
    text = (
        _SUED + "In this case, the states say, the cuts came first. The case for the cuts was "
        "never made, and they made their case to reporters."
    )
    refs = {m.text for m in mentions(text, _DATE) if m.kind == "case" and m.anaphor}
    assert not refs & {"this case", "The case", "their case"}


def test_the_day_between_the_verb_and_the_federal_court() -> None:
    text = "Lena Marsh was indicted Thursday on federal charges of wire fraud."
    assert _cases(text) == [
        ("was indicted Thursday on federal charges", "United States v. Marsh", False)
    ]


def test_a_suit_told_since_without_a_name_takes_the_reference() -> None:
    text = (
        _SUED + "Teachers filed their own suit on Friday. The April suit says the cuts hurt pupils."
    )
    assert not [m for m in _case_of(text, "The April suit") if m.name == _NY]


def test_in_the_lawsuit_is_the_suit() -> None:
    text = _SUED + "In the April suit, the states say the cuts gut the agency."
    (ref,) = _case_of(text, "the April suit")
    assert ref.name == _NY
