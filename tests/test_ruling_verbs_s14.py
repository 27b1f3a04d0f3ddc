"""Rulings told by verb phrases the scanner used to miss (fourteenth session, issue 13): a
finding told again after its court's ruling, findings with no "that", a day before "that",
a court named in lower case, a defined short name in parentheses between a court and its
verb. Every sentence here is made up."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at


def test_a_court_that_found_after_its_ruling_tells_that_ruling_again() -> None:
    text = (
        "The 8th U.S. Circuit Court of Appeals on Monday upheld the state's beekeeping law. "
        "The three-judge panel found that the permit requirement served a public purpose."
    )
    got = rulings_at(text, "panel found")
    assert [(m.court, m.anaphor) for m in got] == [("ca8", True)]


def test_a_judge_named_again_in_full_who_found_tells_the_ruling_again() -> None:
    text = (
        "A federal judge in Vermont blocked the pesticide rule on Tuesday. U.S. District "
        "Judge Mara Quill found the agency had skipped required steps."
    )
    got = rulings_at(text, "Quill found")
    assert [(m.court, m.anaphor) for m in got] == [("vtd", True)]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (  # the judge's surname alone: the reasons of the ruling just told
            "U.S. District Judge Mara Quill in Vermont blocked the pesticide rule on Tuesday. "
            "Quill found the beekeepers would likely succeed on their claims.",
            "Quill found",
        ),
        (  # "Judge" and the surname: the same
            "U.S. District Judge Mara Quill in Vermont blocked the pesticide rule on Tuesday. "
            "Judge Quill found that the agency had skipped required steps.",
            "Judge Quill found",
        ),
        (  # the ruling told as a participle, then what the court found in it
            "The Vermont Supreme Court on Friday upheld the beekeeping statute. In upholding "
            "the statute, the court found that it served a public purpose.",
            "court found",
        ),
        (  # the opinion's own words, in the present tense
            "The Vermont Supreme Court on Friday upheld the beekeeping statute. The court finds "
            "that the statute served a public purpose.",
            "court finds",
        ),
        (  # an older case the ruling relies on, and what was held in it
            "The Vermont Supreme Court on Friday upheld the beekeeping statute. It relied on "
            "Hollis v. Marsh, in which a farmer challenged a permit. The court found that the "
            "permit was valid.",
            "court found",
        ),
    ],
)
def test_a_finding_told_as_the_reasons_of_the_ruling_before_is_not_reported(
    text: str, piece: str
) -> None:
    assert rulings_at(text, piece) == []


def test_findings_without_that() -> None:
    got = rulings("A federal judge in Vermont found the agency's rule was arbitrary on Tuesday.")
    assert [m.court for m in got] == ["vtd"]


def test_a_day_may_stand_between_decided_and_that() -> None:
    got = rulings(
        "The Supreme Court of Vermont decided in May that the town's ordinance was invalid."
    )
    assert [m.court for m in got] == ["vt"]
    assert got[0].text.startswith("The Supreme Court of Vermont decided")


@pytest.mark.parametrize(
    "text",
    [
        "The Vermont supreme court ruled on Tuesday that the statute was invalid.",
        "Vermont's supreme court struck down the statute on Friday.",
    ],
)
def test_a_state_supreme_court_in_lower_case(text: str) -> None:
    assert [m.court for m in rulings(text)] == ["vt"]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            'The U.S. District Court for the District of Vermont ("the Court") ruled that the '
            "agency acted unlawfully.",
            "vtd",
        ),
        (
            "The U.S. Court of Appeals for the Second Circuit (the “Second Circuit”) reversed "
            "the judgment on Monday.",
            "ca2",
        ),
    ],
)
def test_a_defined_short_name_in_parentheses_between_court_and_verb(text: str, court: str) -> None:
    got = rulings(text)
    assert [m.court for m in got] == [court]
    assert ")" in got[0].text


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court scrapped the admissions program on Thursday.",
        "A federal appeals court nixed the congressional map on Friday.",
        "A federal judge in Texas quashed the subpoena on Monday.",
        "A federal judge in Ohio knocked out the state's ban on Monday.",
        "The subpoena was quashed by a federal judge in Texas on Monday.",
    ],
)
def test_less_common_verbs_of_a_ruling(text: str) -> None:
    assert len(rulings(text)) == 1


def test_declined_with_a_day_before_to() -> None:
    text = "A three-judge panel of the 2nd Circuit declined on Friday to revive the lawsuit."
    assert [m.court for m in rulings(text)] == ["ca2"]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "The Vermont Supreme Court heard arguments in March. On Friday, it ruled that the "
            "statute was invalid.",
            "it ruled",
        ),
        (
            "The Vermont Supreme Court heard arguments in March. It also held that the statute "
            "was invalid.",
            "It also held",
        ),
    ],
)
def test_it_after_a_sentence_whose_subject_is_a_court(text: str, piece: str) -> None:
    assert [(m.court, m.anaphor) for m in rulings_at(text, piece)] == [("vt", True)]


def test_what_a_judge_determined_after_her_ruling_is_its_reasons() -> None:
    text = (
        "U.S. District Judge Mara Quill of the District of Vermont blocked the rule on "
        "Tuesday. She determined that the agency had skipped required steps."
    )
    assert rulings_at(text, "She determined") == []


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "The 2nd Circuit heard the case in March. Judges Anna Lark, Ben Osei and Carla "
            "Voss upheld the statute on Friday.",
            "Voss upheld",
        ),
        (
            "The 2nd Circuit heard the case in March. Judges Lark, Osei and Voss said the "
            "statute survived.",
            "Voss said",
        ),
    ],
)
def test_a_bench_named_judge_by_judge_is_the_panel_named_before(text: str, piece: str) -> None:
    assert [m.court for m in rulings_at(text, piece)] == ["ca2"]


def test_judges_named_together_who_do_no_ruling() -> None:
    text = "The 2nd Circuit heard the case. Judges Anna Lark and Ben Osei spoke at a dinner."
    assert rulings(text) == []


def test_the_majority_is_the_court_named_before() -> None:
    text = (
        "The 2nd Circuit upheld the statute on Friday. The majority declined to reach the "
        "remaining claims."
    )
    assert [(m.court, m.anaphor) for m in rulings_at(text, "majority declined")] == [("ca2", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The Senate passed the bill on Friday. The majority rejected the amendment.",
        "The Supreme Court ruled 6-3 on Friday. The majority of Americans disagree.",
    ],
)
def test_a_majority_that_is_no_courts(text: str) -> None:
    assert all("majority" not in m.text for m in rulings(text))


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("The lawsuit was revived by the Vermont Supreme Court on Friday.", "vt"),
        ("The program was suspended by a federal judge in Vermont last week.", "vtd"),
        ("The fee schedule was set aside by the 2nd Circuit in March.", "ca2"),
        ("The settlement was approved by a federal judge in Vermont on Monday.", "vtd"),
    ],
)
def test_passives_of_more_ruling_verbs(text: str, court: str) -> None:
    got = rulings(text)
    assert [m.court for m in got] == [court]
    assert got[0].text.startswith("was ")


# (merged with s14-backcases: a bare "the court" / "the panel" telling in the past what the
# ruling just told found is that ruling referred back to, in its paragraph or a later one,
# as the later gold sets mark it)
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "The Vermont Supreme Court on Friday upheld the beekeeping statute. The court found "
            "that the statute served a public purpose.",
            "The court found",
        ),
        (
            "The 8th U.S. Circuit Court of Appeals on Monday upheld the state's beekeeping law."
            "\n\nThe three-judge panel found that the permit requirement served a public "
            "purpose.",
            "The three-judge panel found",
        ),
    ],
)
def test_a_bare_court_telling_what_its_ruling_found_refers_back(text: str, piece: str) -> None:
    got = rulings_at(text, piece)
    assert len(got) == 1 and got[0].anaphor
