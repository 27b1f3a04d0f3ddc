"""Eighteenth session (branch s18-suitslaw): a story's date from what the page gives, suits
told only by description, state laws told by description. Sentences are made up."""

from __future__ import annotations

import pytest

from linker.load import date_in_text, from_text, labelled_date

_BODY = "A county judge ruled on the suit brought by the water district this week. " * 8


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Judge halts rule\nPublished 3:04 p.m. ET March 3, 2026\n\n", "2026-03-03"),
        ("Judge halts rule\n date 2026-01-19 Pat Writer\n\n", "2026-01-19"),
        ("By Pat Writer | Updated: 3/9/2026 | Published 3/4/2026 at 4 pm\n\n", "2026-03-04"),
        ("Posted on Tuesday, 4 March 2026\n\n", "2026-03-04"),
        ("Updated 11:02 AM EST, Mon March 2, 2026\n\n", "2026-03-02"),
        ("Last updated on Feb. 27, 2026\n\n", "2026-02-27"),
        ("Updated 5 pm, 3/4/26\n\n", "2026-03-04"),
    ],
)
def test_a_labelled_date_line_dates_the_story(head: str, iso: str) -> None:
    assert labelled_date(head + _BODY) == iso
    assert from_text(head + _BODY, "story.txt").date == iso


def test_a_labelled_date_line_below_a_long_opening() -> None:
    # (past the 400 characters the first-date reader looks at)
    head = "A very long headline about the county's suit over the water plant. " * 7
    text = head + "\nPublished 9:15 a.m. CT Jan. 12, 2026\n\n" + _BODY
    assert date_in_text(text) == "2026-01-12"


@pytest.mark.parametrize(
    "text",
    [
        "The rule, published in the Federal Register on April 23, 2025, set a fee.\n",
        "The notice was posted to the agency's site. The hearing is 3/4/2026.\n",
        "Published by the Example Institute\n\nThe 2026 law was signed in May.\n",
        "Updated 2/30/2026\n",
    ],
)
def test_no_labelled_date_in_a_sentence(text: str) -> None:
    assert labelled_date(text + _BODY) is None


def _page(head: str, body: str = "") -> str:
    return (
        f"<html><head><title>T</title>{head}</head><body><article><h1>Judge rules</h1>"
        f"{body}<p>{_BODY}</p></article></body></html>"
    )


def test_a_page_dated_by_microdata() -> None:
    page = _page('<meta itemprop="datePublished" content="2026-02-01T10:00:00Z">')
    assert from_text(page, "p.html", is_html=True).date == "2026-02-01"


def test_a_page_dated_by_the_text_of_its_time_tag() -> None:
    page = _page("", "<p>By Pat Writer <time>Published 3:04 p.m. ET March 3, 2026</time></p>")
    assert from_text(page, "p.html", is_html=True).date == "2026-03-03"


def test_a_page_without_a_date_in_its_markup_takes_its_address() -> None:
    page = _page("")
    got = from_text(page, "p.html", is_html=True, url="https://news.example/2026/03/04/suit")
    assert got.date == "2026-03-04"


# --- suits told only by description (rows of lawsuits.csv, 2025) -------------------------

from conftest import mentions  # noqa: E402


def _cases(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


def _laws(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def test_a_suit_against_a_state_law_by_the_law_it_challenges_and_its_judge() -> None:
    # (the row's ``challenges`` holds the state law's id: the law named is evidence)
    text = (
        "A federal judge in San Antonio on Monday ordered a dozen school districts to take the "
        "posters down. U.S. District Judge Orlando Garcia ruled that displays under Texas's Ten "
        "Commandments law likely break the First Amendment. The lawsuit was brought by parents "
        "in the Comal and Frisco districts."
    )
    assert ("The lawsuit", "Cribbs Ringer v. Comal Independent School District") in _cases(
        text, "2025-11-20"
    )


def test_the_same_law_and_court_with_the_other_judge_is_the_other_suit() -> None:
    text = (
        "A federal judge in San Antonio on Wednesday blocked the Ten Commandments law, S.B. 10, "
        "in eleven districts. U.S. District Judge Fred Biery wrote a colourful order. The "
        "lawsuit was filed by families in Alamo Heights and Houston."
    )
    assert ("The lawsuit", "Rabbi Nathan v. Alamo Heights Independent School District") in _cases(
        text, "2025-08-21"
    )


def test_a_suit_by_a_coalition_against_a_state_immigration_law() -> None:
    text = (
        "A federal judge in Miami kept her order against the state's immigration law in place. "
        "U.S. District Judge Kathleen Williams said SB 4-C likely intrudes on federal power. "
        "The lawsuit brought by the Florida Immigrant Coalition goes on."
    )
    assert ("The lawsuit", "Florida Immigrant Coalition v. Uthmeier") in _cases(text, "2025-05-02")


def test_a_company_s_suit_against_a_state_regulator() -> None:
    text = (
        "A federal judge in Baltimore on Friday refused to stop Maryland regulators from acting "
        "against the prediction market. U.S. District Judge Adam Abelson wrote that Congress had "
        "not plainly displaced state gambling law. The suit against the Maryland Lottery and "
        "Gaming Control Commission continues."
    )
    assert ("The suit", "KalshiEX, LLC v. Martin") in _cases(text, "2025-08-03")


def test_a_suit_is_not_matched_before_it_was_filed() -> None:
    text = (
        "A federal judge in San Antonio ruled on Monday. U.S. District Judge Orlando Garcia said "
        "the Ten Commandments law, S.B. 10, is likely unconstitutional. The lawsuit was brought "
        "by parents in Comal."
    )
    assert not any(
        n == "Cribbs Ringer v. Comal Independent School District"
        for _t, n in _cases(text, "2025-08-01")
    )


# --- a state's law told by the words of its topic before "law" -----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Texas's Ten Commandments law",
        "Texas' new Ten Commandments law",
        "Texas' 2025 Ten Commandments law",
    ],
)
def test_a_state_s_law_titled_by_its_topic(phrase: str) -> None:
    text = f"{phrase} was blocked in more districts on Tuesday."
    assert (phrase, "state:tx:bill:sb10") in _laws(text, "2025-11-19")


def test_a_topic_title_of_another_year_or_of_no_row_stays_unlinked() -> None:
    assert _laws("Texas's 2023 Ten Commandments law was cited.", "2025-11-19") == []
    assert _laws("Texas's new Harbor Fish law was cited.", "2025-11-19") == []


def test_a_union_s_suit_against_a_state_law() -> None:
    text = (
        "A federal judge in Jackson blocked the Mississippi ban on diversity programs on Monday. "
        "U.S. District Judge Henry Wingate ruled that House Bill 1193 is too vague. The lawsuit "
        "brought by the teachers union and parents goes on."
    )
    assert ("The lawsuit", "Jackson Federation of Teachers v. Fitch") in _cases(text, "2025-08-19")


def test_a_trade_group_s_suit_against_a_state_law() -> None:
    text = (
        "A federal judge in Atlanta on Thursday blocked Georgia's social media age verification "
        "law. U.S. District Judge Amy Totenberg ruled that SB 351 likely violates the First "
        "Amendment. The lawsuit was brought by NetChoice."
    )
    assert ("The lawsuit", "NetChoice v. Carr") in _cases(text, "2025-06-27")


# --- who sued, told by a plain word for a group ------------------------------------------

_APP_STORE = (
    "A federal judge in Austin on Tuesday blocked the Texas App Store Accountability Act. "
    "U.S. District Judge Robert Pitman ruled that SB 2420 likely violates the First Amendment"
)
_STUDENTS = "Students Engaged in Advancing Texas v. Paxton"


def test_a_group_s_possessive_picks_the_suit_whose_parties_hold_its_word() -> None:
    text = _APP_STORE + ". The students' lawsuit argued the law restricts speech."
    assert ("The students' lawsuit", _STUDENTS) in _cases(text, "2025-12-24")


def test_two_suits_of_one_judge_and_law_tie_without_a_group() -> None:
    text = _APP_STORE + ". The lawsuit argued the law restricts speech."
    assert ("The lawsuit", None) in _cases(text, "2025-12-24")


def test_a_suit_brought_by_a_group_told_in_plain_words() -> None:
    text = _APP_STORE + " in a suit brought by a student group."
    assert ("a suit", _STUDENTS) in _cases(text, "2025-12-24")


def test_a_group_no_row_names_keeps_the_suit_the_evidence_gives() -> None:
    # ("families" are among no row's parties: the judge and the law decide)
    text = (
        "A federal judge in San Antonio on Monday ordered more districts to take the posters "
        "down. U.S. District Judge Orlando Garcia ruled that Texas's Ten Commandments law is "
        "likely unconstitutional. The families' challenge will go to trial."
    )
    assert ("The families' challenge", "Cribbs Ringer v. Comal Independent School District") in (
        _cases(text, "2025-11-20")
    )


def test_a_case_brought_by_and_a_group_s_case() -> None:
    lead = (
        "A federal judge in Miami on Tuesday blocked Florida's SB 4-C. U.S. District Judge "
        "Kathleen Williams ruled "
    )
    fic = "Florida Immigrant Coalition v. Uthmeier"
    assert ("a case", fic) in _cases(lead + "in a case brought by the coalition.", "2025-04-30")
    assert ("the coalition's case", fic) in _cases(lead + "in the coalition's case.", "2025-04-30")


def test_a_case_without_who_brought_it_is_no_suit() -> None:
    text = (
        "A federal judge in Miami on Tuesday blocked Florida's SB 4-C. U.S. District Judge "
        "Kathleen Williams said it was a case of federal power."
    )
    assert not any(t == "a case" for t, _n in _cases(text, "2025-04-30"))


# --- a state's law by a quoted short title, or by "Section N of the state code" -------------


def test_a_quoted_title_a_row_lists_without_the_word_law() -> None:
    text = 'Diners in Louisiana will see the state\'s "Make Louisiana Healthy" law at work.'
    assert ('"Make Louisiana Healthy" law', "state:la:bill:sb14") in _laws(text, "2025-09-10")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "PHOENIX (AP) — Prosecutors cited Section 13-3603 of the state code on Monday.",
            ("Section 13-3603 of the state code", "state:az:ars:13-3603"),
        ),
        (
            "In Arizona, prosecutors cited section 13-3603 of state law on Monday.",
            ("section 13-3603 of state law", "state:az:ars:13-3603"),
        ),
        (
            "Florida deputies relied on Section 776.012 of the state statutes.",
            ("Section 776.012 of the state statutes", "state:fl:stat:776.012"),
        ),
    ],
)
def test_a_section_of_the_state_code(text: str, want: tuple[str, str]) -> None:
    assert want in _laws(text, "2025-06-10")


@pytest.mark.parametrize(
    "text",
    [
        # (many codes: which one is not said)
        "Texas deputies relied on Section 9.31 of the state penal code.",
        # (not numbered as Idaho's code numbers its sections)
        "Idaho officials cited Section 776.012 of the state code.",
        # (no state at all)
        "Prosecutors cited Section 13-3603 of the state code.",
    ],
)
def test_no_section_of_the_state_code_without_one_code(text: str) -> None:
    assert _laws(text, "2025-06-10") == []


def test_two_suits_of_one_judge_against_one_law_told_apart_by_their_suitors() -> None:
    lead = "A federal judge in St. Paul on Tuesday ruled against "
    text = (
        lead + "Elon Musk's social media company. U.S. District Judge Laura Provinzino wrote "
        "that it lacked standing. X's lawsuit against the deepfake law goes on."
    )
    assert ("X's lawsuit", "X Corp. v. Ellison") in _cases(text, "2025-12-03")
    text = (
        lead + "a conservative YouTuber. U.S. District Judge Laura Provinzino wrote that Mr "
        "Reagan lacked standing. His lawsuit over the deepfake law goes on."
    )
    assert ("His lawsuit", "Kohls v. Ellison") in _cases(text, "2025-01-10")


def test_a_suit_of_teachers_and_parents_against_school_policies() -> None:
    text = (
        "A federal judge in San Diego on Monday struck down the state's school gender policies. "
        "U.S. District Judge Roger Benitez ruled for the teachers and parents. The lawsuit, "
        "first brought by two Escondido teachers, will be appealed."
    )
    assert ("The lawsuit", "Mirabelli v. Olson") in _cases(text, "2025-12-23")


# --- whom a suit was brought against -----------------------------------------------------

_TEN = (
    "A federal judge in San Antonio ruled Tuesday that Texas' Ten Commandments law, S.B. 10, "
    "likely violates the First Amendment. "
)


def test_whom_the_suit_was_brought_against_tells_two_suits_apart() -> None:
    text = _TEN + "The lawsuit against the Comal school district goes on."
    assert ("The lawsuit", "Cribbs Ringer v. Comal Independent School District") in _cases(
        text, "2025-11-19"
    )


@pytest.mark.parametrize("tail", ["The lawsuit goes on.", "The lawsuit against the state goes on."])
def test_without_a_telling_defendant_the_two_suits_tie(tail: str) -> None:
    # (the court alone: both suits are San Antonio's; on a Tuesday neither suit's known ruling
    # fell on — on Nov. 18, 2025 the day tells Cribbs Ringer: test_rulingdates_s24)
    assert ("The lawsuit", None) in _cases(_TEN + tail, "2025-10-15")


def test_a_suit_of_foreign_citizens_against_a_state_land_law() -> None:
    text = (
        "A federal judge in Houston on Monday ruled that two Chinese citizens lack standing to "
        "challenge the land ownership law. U.S. District Judge Charles Eskridge wrote that the "
        "lawsuit must be dismissed."
    )
    assert ("the lawsuit", "Wang v. Paxton") in _cases(text, "2025-08-19")
