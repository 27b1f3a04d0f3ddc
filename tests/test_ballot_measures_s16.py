"""State ballot measures named by their ballot label (issue 13, sixteenth session, branch
s16-ballot): an adopted measure is the section of the state constitution it made
(``ballot_measures.csv``), picked by the article's state, date, year words and topic. The
sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.scanner import ballots


def linked(text: str, date: str | None) -> list[tuple[str, str | None, str]]:
    return [
        (m.text, m.authority, m.kind)
        for m in mentions(text, date)
        if m.matcher in ("state_laws", "state_const", "anaphora") or m.kind == "constitution"
    ]


def authorities(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date)}


@pytest.mark.parametrize(
    ("text", "date", "surface", "authority"),
    [
        # the state before the label
        ("Missouri's Amendment 3 took effect in December, and abortion clinics began to reopen.",
         "2025-01-10", "Amendment 3", "state:mo:const:1-36"),
        ("Doctors said Ohio's Issue 1 protects abortion up to fetal viability.",
         "2024-03-01", "Issue 1", "state:oh:const:1-22"),
        ("Michigan's Proposal 3 put a right to reproductive freedom beyond the reach of "
         "lawmakers.", "2023-05-01", "Proposal 3", "state:mi:const:1-28"),
        ("Colorado voters approved Amendment 79, which recognizes a right to abortion.",
         "2025-02-01", "Amendment 79", "state:co:const:2-32"),
        ("Arizona's Proposition 139 made abortion a fundamental right, and providers sued "
         "over the 15-week ban.", "2025-03-01", "Proposition 139", "state:az:const:2-8.1"),
        # the year printed beside the label picks the older measure of the same label
        ("Missouri's Amendment 3, the 2022 measure, lets adults buy marijuana.",
         "2025-06-01", "Amendment 3", "state:mo:const:14-2"),
        # the topic picks it too
        ("Dispensaries opened after Missouri's Amendment 3 legalized recreational marijuana.",
         "2023-03-01", "Amendment 3", "state:mo:const:14-2"),
        ("Missouri's Amendment 2 expanded Medicaid to about 275,000 adults.",
         "2022-01-15", "Amendment 2", "state:mo:const:4-36c"),
        ("Montana's CI-128 passed with 58% of the vote.", "2024-11-10", "CI-128",
         "state:mt:const:2-36"),
        ("Nebraska voters approved Initiative 434 on abortion.", "2025-01-10", "Initiative 434",
         "state:ne:const:1-31"),
        # a proposition by number (``state_bills``), by its topic
        ("California's Prop 1 put abortion rights in the state constitution.", "2023-02-01",
         "Prop 1", "state:ca:const:1-1.1"),
        # a "Proposal" as news prints it, "Prop"
        ("New York's Prop 1 added pregnancy outcomes to the equal protection clause.",
         "2025-03-01", "Prop 1", "state:ny:const:1-11"),
        ("New York voters approved Proposal 1, the Equal Rights Amendment.", "2024-11-10",
         "Proposal 1", "state:ny:const:1-11"),
        ("Michigan's Prop 3 protects abortion rights.", "2023-05-01", "Prop 3",
         "state:mi:const:1-28"),
        ("Florida's Amendment 2 raised the minimum wage to $14 this fall.", "2025-10-01",
         "Amendment 2", "state:fl:const:10-24"),
        ("Florida voters approved Amendment 2, a right to hunt and fish.", "2024-11-10",
         "Amendment 2", "state:fl:const:1-28"),
        # a new article, no section
        ("Maryland's Question 4 legalized cannabis for adults.", "2023-08-01", "Question 4",
         "state:md:const:20"),
        # the 2018 measure by its topic, after the 2024 one of the same label failed
        ("Florida's Amendment 4 restored voting rights to people with felony convictions.",
         "2025-01-10", "Amendment 4", "state:fl:const:6-4"),
    ],
)  # fmt: skip
def test_an_adopted_measure_is_the_section_it_made(
    text: str, date: str, surface: str, authority: str
) -> None:
    assert authorities(text, date).get(surface) == authority


@pytest.mark.parametrize(
    ("text", "linked_to"),
    [
        # a measure of the label on a coming ballot: the adopted one only when the sentence
        # tells it adopted, and nothing to come
        ("A Missouri judge ruled that the abortion ban is void under Amendment 3.\n\nVoters "
         "had their say last fall.", "state:mo:const:1-36"),
        ("Missouri's Amendment 3, which voters approved, still protects abortion rights.",
         "state:mo:const:1-36"),
        ("Missouri's Amendment 3 would repeal the abortion-rights section.", None),
        ("Missouri's Amendment 3 on abortion will appear on the ballot next year.", None),
        ("Missouri's Amendment 3 on abortion drew a crowd at the Capitol.", None),
    ],
)  # fmt: skip
def test_a_label_on_a_coming_ballot_needs_the_sentence_to_tell_which(
    text: str, linked_to: str | None
) -> None:
    got = [m.authority for m in mentions(text, "2025-11-20") if m.kind == "constitution"]
    assert got == ([linked_to] if linked_to else [])


def test_the_articles_state_names_a_label_with_no_state_beside_it() -> None:
    text = (
        "A Missouri judge on Friday blocked the state's old abortion ban and its waiting "
        "period.\n\n"
        "Clinics sued days after Amendment 3 passed. A judge said the old ban was at odds with "
        "the amendment."
    )
    got = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2024-12-20")]
    assert ("Amendment 3", "state:mo:const:1-36", False) in got
    assert ("the amendment", "state:mo:const:1-36", True) in got


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # before the vote: no section yet
        ("Missouri's Amendment 3 would restore abortion rights, its backers say.", "2024-09-01"),
        # a measure of the same label on the ballot ahead makes the label ambiguous
        ("Missouri's Amendment 3 would repeal the abortion-rights section.", "2026-06-01"),
        # after a vote whose result the table does not record
        ("Missouri's Amendment 3 drew heavy turnout on abortion.", "2026-11-20"),
        # a measure that failed
        ("Florida voters rejected Amendment 4, which would have protected abortion rights.",
         "2024-11-10"),
        ("Ohio voters rejected Issue 1, the redistricting plan.", "2024-11-10"),
        ("Nebraska's Initiative 439 fell short with 49% of the vote.", "2024-11-10"),
        # adopted, but its section is not confirmed: no section is guessed
        ("New York voters approved Proposal 1 on the Olympic ski complex.", "2025-11-10"),
        ("California's Proposition 1 will fund mental health treatment beds.", "2024-04-01"),
        ("Missouri's Amendment 3 undid the Clean Missouri redistricting plan.", "2021-01-10"),
        # a reused label with neither its year nor its topic near it
        ("Missouri's Amendment 3 was discussed at the meeting.", "2025-01-10"),
    ],
)  # fmt: skip
def test_no_section_before_the_vote_for_a_failed_or_unknown_measure(text: str, date: str) -> None:
    assert not [m for m in mentions(text, date) if m.kind == "constitution"]


@pytest.mark.parametrize(
    "text",
    [
        # another state's measure of the same label
        "Kansas voters approved Amendment 3 on the county ballot, officials said.",
        # an amendment to a bill in Congress, or a chamber's floor amendment
        "The Senate adopted Senate Amendment 3 to H.R. 1 after the abortion debate in Missouri.",
        "Missouri lawmakers voted down House Amendment 3 to the abortion bill.",
        "Senators from Missouri offered Amendment 3 to the bill on abortion in Congress.",
        # a label in a sentence of lawmaking, its state only the article's
        "A Missouri clinic reopened for abortion care last week.\n\nIn Jefferson City, "
        "senators adopted Amendment 3 on a voice vote after the abortion debate.",
    ],
)
def test_a_label_of_another_state_or_a_floor_amendment_is_no_section(text: str) -> None:
    assert not [
        m for m in mentions(text, "2025-01-10") if (m.authority or "").endswith(":const:1-36")
    ]


def test_amendment_3_is_never_the_third_amendment() -> None:
    text = "Missouri voters approved Amendment 3, which protects abortion rights, last November."
    got = authorities(text, "2025-01-10")
    assert got.get("Amendment 3") == "state:mo:const:1-36"
    assert "const:amendment:3" not in got.values()


def test_a_label_the_table_knows_needs_a_vote_told_for_the_articles_state() -> None:
    # a Missouri story with no vote in it: "Amendment 3" of a contract, not a measure
    text = "In Missouri, the company signed Amendment 3 of its lease about abortion clinics."
    assert not [m for m in mentions(text, "2025-01-10") if m.kind == "constitution"]


def test_label_slugs() -> None:
    assert ballots.label_slug("Amendment 3") == "amendment3"
    assert ballots.label_slug("Proposition 139") == "prop139"
    assert ballots.label_slug("CI-128") == "ci128"
    assert ballots.label_slug("Initiative 434") == "initiative434"


def test_every_row_is_well_formed() -> None:
    rows = [m for ms in ballots.measures().values() for m in ms]
    assert len(rows) >= 20
    for m in rows:
        assert m.result in ("adopted", "failed", "unknown"), m
        assert len(m.vote) == 10 and m.vote[4] == "-", m
        assert m.article or not m.section, m  # (an article alone: a new article)
        if m.article:
            assert m.result == "adopted" and m.authority, m


def test_the_measure_and_the_ballot_measure_refer_back() -> None:
    text = (
        "A Missouri judge on Friday blocked the abortion ban.\n\n"
        "Voters approved Amendment 3 in November. The ballot measure took effect in December. "
        "Opponents said the measure went too far."
    )
    got = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2024-12-20")]
    assert ("The ballot measure", "state:mo:const:1-36", True) in got
    assert ("the measure", "state:mo:const:1-36", True) in got


def test_the_measure_of_a_federal_bill_is_not_a_ballot_section() -> None:
    text = (
        "Missouri voters approved Amendment 3 on abortion in 2024. In Washington, the House "
        "passed H.R. 7 on Tuesday, and the measure now goes to the Senate."
    )
    got = {m.text: m.authority for m in mentions(text, "2025-02-01")}
    assert got.get("the measure") != "state:mo:const:1-36"


OHIO_LEAD = "An Ohio judge on Tuesday struck down the state's six-week abortion ban.\n\n"


def test_a_measure_described_beside_its_label_is_the_same_section() -> None:
    text = OHIO_LEAD + (
        "Ohioans approved a constitutional amendment in November that protects abortion "
        "rights. Clinics said Issue 1 changed everything."
    )
    got = {m.text: m.authority for m in mentions(text, "2024-01-20")}
    assert got.get("Issue 1") == "state:oh:const:1-22"
    assert got.get("a constitutional amendment") == "state:oh:const:1-22"


@pytest.mark.parametrize(
    "middle",
    [
        # lawmakers' amendment, or one still to come, is another measure
        "Ohio lawmakers drafted a constitutional amendment to undo it, and voters may see it.",
        "Voters will see a constitutional amendment on term limits next year.",
        # an amendment of the U.S. Constitution
        "Voters backed a constitutional amendment to the U.S. Constitution in a mock poll.",
    ],
)
def test_a_described_measure_needs_the_voters_past_vote(middle: str) -> None:
    text = OHIO_LEAD + ("Voters passed Issue 1 in November to protect abortion rights. " + middle)
    got = {m.text: m.authority for m in mentions(text, "2024-01-20")}
    assert got.get("Issue 1") == "state:oh:const:1-22"
    assert got.get("a constitutional amendment") is None


def test_a_description_far_from_any_label_is_left_alone() -> None:
    filler = "The hearing ran long and the lawyers argued about procedure. " * 12
    text = OHIO_LEAD + (
        "Ohioans approved a constitutional amendment in 2015 on redistricting. "
        + filler
        + "Clinics said Issue 1, the abortion-rights measure of 2023, changed everything."
    )
    got = {m.text: m.authority for m in mentions(text, "2024-01-20")}
    assert got.get("Issue 1") == "state:oh:const:1-22"
    assert got.get("a constitutional amendment") is None


def test_the_constitutional_amendment_after_its_label_refers_back() -> None:
    text = (
        OHIO_LEAD
        + "Clinics said Issue 1 changed everything. The constitutional amendment took hold."
    )
    got = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2024-01-20")]
    assert ("The constitutional amendment", "state:oh:const:1-22", True) in got


def test_the_abortion_rights_amendment_after_its_label_refers_back() -> None:
    text = OHIO_LEAD + (
        "Clinics said Issue 1, which voters passed, changed everything. The abortion-rights "
        "amendment took hold in "
        "December."
    )
    got = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2024-01-20")]
    assert ("The abortion-rights amendment", "state:oh:const:1-22", True) in got
