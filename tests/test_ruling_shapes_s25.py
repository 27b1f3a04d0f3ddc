"""Twenty-fifth session (census30 P1): ruling nouns and clauses in shapes no rulings pass read
— an abbreviated month and a year between a court's possessive and its noun, a weekday's
"opinion", a law firm's capitalised "this Opinion", and a judge's "she … stayed"."""

from __future__ import annotations

from conftest import rulings


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_an_abbreviated_month_and_year_before_the_noun() -> None:
    text = "The challengers asked the justices to review the Tenth Circuit’s Feb. 2023 decision."
    assert ("the Tenth Circuit’s Feb. 2023 decision", "ca10") in _found(text)


def test_a_weekdays_opinion_refers_back() -> None:
    text = (
        "The Kansas Supreme Court upheld the law on Tuesday. Tuesday’s opinion was written by "
        "Justice Lee."
    )
    assert ("Tuesday’s opinion", "kan") in _found(text)


def test_a_capitalised_this_opinion_refers_back() -> None:
    text = (
        "The Fifth Circuit ruled for the challengers in July. In this Opinion, the panel said "
        "the fee was unlawful."
    )
    assert any(t.startswith("this Opinion") and c == "ca5" for t, c in _found(text))


def test_a_judge_who_stayed_her_own_order() -> None:
    text = (
        "U.S. District Judge Mary Poe of the District of Columbia vacated the agency's rule in "
        "May. But she quickly stayed the order pending appeal."
    )
    assert any(t.startswith("she quickly stayed") and c == "dcd" for t, c in _found(text))


def test_a_judge_who_stayed_somewhere_is_no_ruling() -> None:
    text = (
        "U.S. District Judge Mary Poe of the District of Columbia vacated the agency's rule in "
        "May. She stayed at the courthouse late."
    )
    assert [t for t, _c in _found(text) if t.lower().startswith("she")] == []


def test_a_county_judge_named_again_keeps_the_county_state() -> None:
    # (census30 P12: another state named between the two mentions of the county's judge)
    text = (
        "SPRINGFIELD, Ill. (AP) — The Illinois Supreme Court on Tuesday upheld a state law. "
        "The ruling overturns a Kankakee County judge’s opinion in December.\n"
        "The law followed protests in Minnesota the previous spring.\n"
        "The Kankakee County judge’s ruling did not block the law.\n"
    )
    assert ("The Kankakee County judge’s ruling", "illcirct") in _found(text)


def test_two_acts_of_one_ruling_noun_stay_one_ruling() -> None:
    # (census30 P15: the relative clause of a ruling noun tells one ruling's two acts)
    text = (
        "HARRISBURG — The Pennsylvania Supreme Court ruled Tuesday that the voting law would "
        "remain in place as it weighs a Jan. 28 Commonwealth Court ruling that overturned the "
        "law, Act 12, and ordered it to expire in two weeks."
    )
    assert not any(t.startswith("ordered") for t, _c in _found(text))


def test_a_list_of_acts_of_a_court_stays_a_list() -> None:
    text = "The justices sided with a union, revived a takings claim, and struck down a surcharge."
    assert [t for t, _c in _found(text)] == [
        "The justices sided with a union",
        "revived a takings claim",
        "struck down a surcharge",
    ]


def test_the_lower_court_ruling_appealed_to_a_high_court() -> None:
    # (census30 P12: the court the ruling is appealed to reviews it; the court below is the
    # one whose ruling the sentence before told)
    text = (
        "HARRISBURG — A Jan. 28 Commonwealth Court ruling overturned the law.\n"
        "Gov. Jane Doe appealed the lower court ruling to the Supreme Court.\n"
    )
    assert ("the lower court ruling", "pacommwct") in _found(text)
