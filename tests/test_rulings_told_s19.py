"""Rulings told right after a caption dated to the day, a court's words set out below "said
in part:", and a court's finding in a later paragraph (nineteenth session). Made-up
sentences."""

from __future__ import annotations

import pytest

from conftest import mentions


def _rulings(text: str) -> list[tuple[str, str | None, bool]]:
    return [
        (m.text, m.court, m.anaphor) for m in mentions(text, "2026-03-10") if m.kind == "ruling"
    ]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "In Alvarez v. Pinecrest School District, (10th Cir., Mar. 3, 2026), the U.S. "
            "Court of Appeals for the 10th Circuit rejected due process challenges to a dress "
            "code.",
            "ca10",
        ),
        (
            "In Ostrow v. Harlan County (6th Cir. Feb. 2, 2026), the 6th Circuit affirmed the "
            "dismissal of a zoning suit.",
            "ca6",
        ),
        (
            "In Teller v. Marsh Bay, (D. Mass., January 9, 2026), a federal district court in "
            "Massachusetts refused to enter a preliminary injunction against the town.",
            "mad",
        ),
    ],
)
def test_a_caption_dated_to_the_day_leaves_its_ruling_clause(text: str, court: str) -> None:
    found = _rulings(text)
    assert found and found[0][1] == court
    # (the caption stays the case's own mention)
    assert any(m.kind == "case" for m in mentions(text, "2026-03-10"))


@pytest.mark.parametrize(
    "text",
    [
        # a precedent cited by its year: the case's name is the mention
        "In Ostrow v. Harlan County, the 6th Circuit affirmed the dismissal of a zoning suit.",
        "In Ostrow v. Harlan County (2019), the 6th Circuit affirmed the dismissal of a suit.",
    ],
)
def test_a_caption_without_its_day_keeps_only_the_case(text: str) -> None:
    assert _rulings(text) == []


_BLOG = (
    "In Teller v. Marsh Bay, (D. Mass., January 9, 2026), a federal district court in "
    "Massachusetts refused to enter a preliminary injunction against the town. The owners "
    "said the fee was a taking. {intro}:\n\n"
    "The Court has already found that the fee is not a tax and that the owners have not "
    "shown a likelihood of success on the merits....\n\n"
    "The court concluded that the owners could renew their motion after discovery."
)


@pytest.mark.parametrize(
    "intro",
    [
        "The court said in part",
        "The court wrote, in part",
        "The court went on to say in part",
        "The court explained",
    ],
)
def test_said_in_part_sets_the_courts_words_out(intro: str) -> None:
    found = _rulings(_BLOG.format(intro=intro))
    texts = [t for t, _, _ in found]
    assert intro in texts
    assert all(c == "mad" for _, c, _ in found)
    assert [a for t, _, a in found if t == intro] == [True]
    # the opinion's own words below it are not the article's report
    assert not any(t.startswith("The Court has already") for t in texts)


def test_said_without_a_colon_is_left_as_it_was() -> None:
    text = _BLOG.format(intro="The court said in part").replace("in part:\n\n", "that ")
    assert "The court said in part" not in [t for t, _, _ in _rulings(text)]


def test_said_in_part_with_no_ruling_before_is_nothing() -> None:
    text = "The owners filed suit in March. The court said in part:\n\nThe fee stands."
    assert _rulings(text) == []


@pytest.mark.parametrize(
    "finding",
    [
        "The Fifth Circuit determined that the rule went far beyond the statute.",
        "The Fifth Circuit concluded that the rule went far beyond the statute.",
    ],
)
def test_a_named_courts_finding_a_paragraph_later_points_back(finding: str) -> None:
    text = (
        "This week, the Fifth Circuit Court of Appeals issued a stay of the agency's fee "
        "rule.\n\nThe statute lets the agency act against unfair practices after a "
        f"hearing.\n\n{finding}"
    )
    found = _rulings(text)
    last = [f for f in found if f[0].startswith("The Fifth Circuit")]
    assert last and last[0][1] == "ca5" and last[0][2]


_PAUSED = (
    "A state judge in Austin on Monday blocked the new voting rules from taking effect. The "
    "state appealed, and the Texas Supreme Court on Friday paused it.\n\n{sentence}"
)


@pytest.mark.parametrize(
    "noun",
    [
        "the now-frozen order",
        "the now-paused injunction",
        "the now-vacated trial court order",
        "the trial court order",
        "the trial-court injunction",
        "the state injunction",
    ],
)
@pytest.mark.parametrize(
    "sentence",
    ["Supporters of {noun} say it protected voters.", "Critics said {noun} went too far."],
)
def test_a_ruling_noun_told_by_its_fate_or_its_trial_court(noun: str, sentence: str) -> None:
    text = _PAUSED.format(sentence=sentence.format(noun=noun))
    found = {t.lower(): c for t, c, _ in _rulings(text)}
    assert found.get(noun) == "texdistct"


def test_the_trial_court_as_a_subject_is_no_noun() -> None:
    text = _PAUSED.format(sentence="The trial court order stands, the trial court said.")
    found = [t for t, _, _ in _rulings(text)]
    assert "The trial court order" in found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "A state court jury returned a mixed verdict in the Councilman Reyes trial on Monday.",
            "A state court jury returned a mixed verdict",
        ),
        (
            "A federal judge in Boston on Friday dismissed the charges in the Okafor case.",
            "A federal judge in Boston on Friday dismissed the charges",
        ),
        (
            "A federal judge in Boston on Friday tossed the claims in Harmon Labs' lawsuit.",
            "A federal judge in Boston on Friday tossed the claims",
        ),
    ],
)
def test_a_trial_named_by_its_party_ends_the_clause(text: str, span: str) -> None:
    assert [t for t, _, _ in _rulings(text)][:1] == [span]


def test_a_court_that_clarified_what_it_held_continues_its_ruling() -> None:
    text = (
        "The Georgia Court of Appeals on Monday reversed the conviction of a former mayor. "
        "The state's Court of Appeals clarified that the jury had been misinstructed."
    )
    found = _rulings(text)
    assert ("The state's Court of Appeals clarified", "gactapp", True) in found


_LATE = (
    "In Teller v. Marsh Bay, (D. Mass., January 9, 2026), a federal district court refused to "
    "enter a preliminary injunction against the town. The owners said the fee was a taking. "
    "{sentence}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling lets the town collect the fee while the case goes on.",
        "This decision leaves the fee in place for now.",
        "“We are disappointed,” the owners said.\n\nThe decision leaves the fee in place.",
    ],
)
def test_a_bare_noun_points_back_to_a_ruling_whose_court_came_later(sentence: str) -> None:
    found = _rulings(_LATE.format(sentence=sentence))
    back = [f for f in found if f[0] in ("The ruling", "This decision", "The decision")]
    assert back == [(back[0][0], "mad", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # another ruling's, or no ruling's
        "The decision to appeal rests with the owners.",
        "The ruling in Keller v. Dunmore went the other way.",
        # a case told since: the noun may be that case's
        "The owners cite Keller v. Dunmore. The decision there went the other way.",
        # inside quotations: a speaker's
        "“The decision is wrong,” the owners said.",
    ],
)
def test_a_bare_noun_that_may_be_another_is_left_out(sentence: str) -> None:
    found = _rulings(_LATE.format(sentence=sentence))
    assert [f for f in found if f[0] in ("The ruling", "The decision")] == []


@pytest.mark.parametrize(
    "court",
    [
        "the newly conservative state Supreme Court",
        "the newly-conservative state Supreme Court",
        "the Republican-controlled state Supreme Court",
        "the state's conservative-majority Supreme Court",
        "the state's now-liberal highest court",
    ],
)
def test_a_state_high_court_described_by_its_bench(court: str) -> None:
    text = (
        "The Wisconsin Supreme Court struck down the maps in December. After the election, "
        f"{court} agreed to rehear the case."
    )
    found = _rulings(text)
    assert found[-1][0].startswith(court) and found[-1][1] == "wis"
