"""Twenty-first session (branch s21-suits): prosecutions told by their side ("the state murder
case", "the federal matter"), suits of 2024–2026 told without a caption, a ruling abroad with
the U.S. only reacting to it, an organisation's own office named after its possessive, and a
judge named with a middle initial the judges' table does not print. Sentences are made up."""

from __future__ import annotations

import pytest

from conftest import mentions


def _cases(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


_STATE = "People v. Mangione"
_FEDERAL = "United States v. Mangione"


# --- a prosecution told by its side -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Prosecutors say Mangione planned the shooting for weeks. He also faces federal "
            "charges over the killing.",
            [("federal charges", _FEDERAL)],
        ),
        (
            "Mangione's lawyers asked the judge to throw out the whole state case, saying a "
            "parallel federal prosecution put him at risk twice.",
            [("the whole state case", _STATE), ("a parallel federal prosecution", _FEDERAL)],
        ),
        (
            "Both the federal matter and the state murder case against Mangione are moving "
            "ahead this winter.",
            [("the federal matter", _FEDERAL), ("the state murder case", _STATE)],
        ),
    ],
)
def test_a_prosecution_told_by_its_side(text: str, want: list[tuple[str, str]]) -> None:
    assert _cases(text, "2025-10-01") == want


@pytest.mark.parametrize(
    "text",
    [
        # no defendant of a listed prosecution named
        "He also faces federal charges over the robbery, and the state case is on hold.",
        # a bare "federal charges" that no one faces
        "Mangione's supporters rallied outside; federal charges are rare in such killings.",
        # "state case law": no prosecution
        "Mangione's lawyers cited the state case law on terrorism counts.",
    ],
)
def test_no_prosecution_without_its_defendant_or_its_side(text: str) -> None:
    assert _cases(text, "2025-10-01") == []


def test_a_prosecution_is_not_linked_before_it_was_brought() -> None:
    text = "Mangione, held in Pennsylvania, also faces federal charges in the shooting."
    assert _cases(text, "2024-12-12") == []
    assert _cases(text, "2025-05-01") == [("federal charges", _FEDERAL)]


# --- a suit of the table, told by what it challenges and its judge -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Tacoma on Friday blocked part of Washington's SB 5375, the new "
        "clergy reporting law. U.S. District Judge David G. Estudillo said the suit was likely "
        "to succeed.",
        "The bishops who brought the suit say Washington's SB 5375 would force priests to "
        "break the seal. Chief Judge David G. Estudillo granted them a preliminary "
        "injunction on Friday.",
    ],
)
def test_the_bishops_suit_against_the_clergy_reporting_law(text: str) -> None:
    assert ("the suit", "Etienne v. Ferguson") in _cases(text, "2025-07-20")


# --- a judge named with a middle initial the table lacks ---------------------------------


def test_a_judge_named_with_a_middle_initial() -> None:
    from linker.courts import judge_court

    assert judge_court("David G. Estudillo") == "wawd"
    assert judge_court("David Estudillo") == "wawd"
    # a first name that is not the judge's still does not fit
    assert judge_court("Daniel G. Estudillo") is None


# --- a ruling abroad, the U.S. only reacting to it ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru's former leader has been sentenced to 19 years in prison after a Supreme "
        "Court panel convicted him of plotting a coup. The verdict drew swift reactions from "
        "the United States, where US President Donald Trump called it a disgrace.",
        "A Supreme Court panel in Chile convicted the ex-President of bribery on Monday. "
        "Ties with the United States have frayed since. The verdict can be appealed to the "
        "full court.",
    ],
)
def test_a_ruling_abroad_with_the_us_only_reacting_gets_no_link(text: str) -> None:
    assert [m for m in mentions(text, "2025-09-12") if m.kind in ("ruling", "case")] == []


def test_a_us_story_that_names_the_united_states_keeps_its_supreme_court() -> None:
    text = (
        "Brazilian beef imports have surged. In the United States, the Supreme Court ruled on "
        "Friday that the tariffs were unlawful."
    )
    assert any(m.court == "scotus" for m in mentions(text, "2025-09-12"))


# --- an organisation's own office after its possessive is no case short name --------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "A judge ruled for the group in NetChoice v. Carr. “A good day,” said the head of "
            "NetChoice's Litigation Center.",
            False,
        ),
        (
            "A judge ruled for the group in NetChoice v. Carr. Lawyers at NetChoice’s Policy "
            "Institute applauded.",
            False,
        ),
        (
            "A judge ruled for the group in NetChoice v. Carr. Under NetChoice's holding, "
            "other states must wait.",
            True,
        ),
    ],
)
def test_an_organisations_own_office_is_not_its_case(text: str, kept: bool) -> None:
    later = [m for m in mentions(text, "2025-07-01") if m.kind == "case" and m.start > 40]
    assert bool(later) == kept


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Former FBI Director James Comey pleaded not guilty on Wednesday. Trial in the "
            "federal case is set for January.",
            "United States v. Comey",
        ),
        (
            "Bolton denies the charges. His lawyers say the federal prosecution is political.",
            "United States v. Bolton",
        ),
        (
            "The Milwaukee judge was convicted on Thursday. Dugan plans to appeal, and the "
            "federal case is far from over.",
            "United States v. Dugan",
        ),
    ],
)
def test_the_federal_prosecutions_of_2025(text: str, want: str) -> None:
    assert [name for _t, name in _cases(text, "2025-12-20")] == [want]


def test_a_first_name_is_no_defendants_surname() -> None:
    from linker.scanner.prosecutions import _surname_at

    text = "James Comey spoke. Later, Letitia James spoke."
    assert not _surname_at(text, "James", 0, 18)
    assert _surname_at(text, "James", 0, len(text))


def test_a_civil_suit_of_the_united_states_is_no_prosecution() -> None:
    # ("United States v. Weber", the voter-roll suit, and "United States v. Texas" are civil)
    text = (
        "Shirley Weber refused to hand over the voter rolls. Weber says the federal case has "
        "no merit."
    )
    assert [n for _t, n in _cases(text, "2025-12-01") if n == "United States v. Weber"] == []


# --- a petition for review told by its court, the side sued and the rule it challenges ----

_APHA = "American Public Health Association v. EPA"


@pytest.mark.parametrize(
    "text",
    [
        "Doctors and nurses sued the EPA on Wednesday over its rescission of the endangerment "
        "finding. The lawsuit, filed in the U.S. Court of Appeals for the District of Columbia "
        "Circuit, calls the repeal unlawful.",
        "The lawsuit, filed in the U.S. Court of Appeals for the D.C. Circuit on Wednesday, "
        "challenges the EPA's rescission of the endangerment finding.",
    ],
)
def test_a_petition_told_by_its_court_and_the_rule_it_challenges(text: str) -> None:
    assert ("The lawsuit", _APHA) in _cases(text, "2026-02-20")


@pytest.mark.parametrize(
    "text",
    [
        # another court of appeals
        "Doctors and nurses sued the EPA on Wednesday over its rescission of the endangerment "
        "finding. The lawsuit, filed in the U.S. Court of Appeals for the Ninth Circuit, "
        "calls the repeal unlawful.",
        # no rule the suit challenges
        "Doctors and nurses sued the EPA on Wednesday. The lawsuit, filed in the U.S. Court of "
        "Appeals for the District of Columbia Circuit, calls the agency reckless.",
    ],
)
def test_no_petition_without_its_court_and_its_rule(text: str) -> None:
    assert [n for _t, n in _cases(text, "2026-02-20") if n == _APHA] == []


def test_a_petition_is_not_linked_before_it_was_filed() -> None:
    text = (
        "The lawsuit, filed in the U.S. Court of Appeals for the D.C. Circuit, challenges the "
        "EPA's rescission of the endangerment finding."
    )
    assert [n for _t, n in _cases(text, "2026-02-10") if n == _APHA] == []


# --- a state law's title opening a sentence on "The" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Q: Who pays for it?\nA:      The Minnesota Paid Leave Law is funded by a premium.",
        "Employers must plan ahead.  The Minnesota Paid Leave Law covers most workers.",
        "Employers must plan ahead. the Minnesota Paid Leave Law covers most workers.",
    ],
)
def test_a_state_laws_title_after_a_capital_the(text: str) -> None:
    got = [(m.text, m.authority) for m in mentions(text, "2025-12-01") if m.kind == "statute"]
    assert got == [("Minnesota Paid Leave Law", "state:mn:bill:hf2")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lawyers for Routh asked for more time. The federal case is set for trial in the fall.",
            "United States v. Routh",
        ),
        (
            "The congresswoman pleaded not guilty. McIver says the federal prosecution is "
            "retaliation.",
            "United States v. McIver",
        ),
        (
            "Jurors acquitted Combs of the top counts on Wednesday; the federal case now moves "
            "to sentencing.",
            "United States v. Combs",
        ),
    ],
)
def test_more_federal_prosecutions(text: str, want: str) -> None:
    assert [name for _t, name in _cases(text, "2025-07-03")] == [want]


# --- "Washington" in a ruling's sentence is the state as often as the capital ------------


def test_a_federal_judge_in_a_sentence_about_washington_state() -> None:
    text = (
        "Pastors in Washington cannot be made to report what they hear in confession, a "
        "federal judge ruled Friday.\n\nU.S. District Court Chief Judge David G. Estudillo "
        "granted a preliminary injunction."
    )
    got = [(m.text, m.court) for m in mentions(text, "2025-07-20") if m.kind == "ruling"]
    assert got[0] == ("a federal judge ruled Friday", "wawd")
