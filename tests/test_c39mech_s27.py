"""census39's mechanism shapes (twenty-seventh session, branch s27-c39mech): a soft denial of
review, "the Monday decision", an indefinite appeals court the justices reviewed, back-
references with two qualities joined by "and", a descriptor before a caption, "the case for two
hours", a president's memorandum told by its day, an order told beside the suit that
challenges it, and a bill told by its roll call. Made-up sentences of the articles' shapes."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-12-03"


def _of(kind: str, text: str, date: str = DATE) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.court) for m in mentions(text, date) if m.kind == kind]


# --- rulings ---------------------------------------------------------------------------


def test_a_court_that_said_it_would_not_intervene_denied_review() -> None:
    found = _of(
        "ruling",
        "The U.S. Supreme Court said Tuesday it would not intervene in the dispute over "
        "Arlow's zoning ordinance.",
    )
    assert [c for _, _, c in found] == ["scotus"]


def test_a_government_that_would_not_intervene_is_no_ruling() -> None:
    text = "The White House said Tuesday it would not intervene in the dispute over the ordinance."
    assert _of("ruling", text) == []


def test_an_appeals_court_the_justices_left_standing_is_the_states_circuit() -> None:
    text = (
        "The U.S. Supreme Court on Monday declined to hear a challenge to Alabama's sign law. "
        "The justices let stand an appeals court ruling that upheld the law."
    )
    courts = [c for t, _, c in _of("ruling", text) if t.startswith("an appeals court")]
    assert courts == ["ca11"]


def test_no_circuit_when_the_story_names_two_states() -> None:
    text = (
        "The U.S. Supreme Court on Monday declined to hear a challenge to Alabama's sign law, "
        "copied from a Georgia statute. The justices let stand an appeals court ruling that "
        "upheld the law."
    )
    courts = [c for t, _, c in _of("ruling", text) if t.startswith("an appeals court")]
    assert courts in ([], [None])


def test_the_weekday_decision_is_the_ruling_told_that_day() -> None:
    text = (
        "The U.S. Supreme Court said Monday it would not step in over Alabama's sign law. "
        "The justices let stand an appeals court ruling that upheld the law. "
        "After the Monday decision, the challengers said they would keep fighting."
    )
    found = {t: c for t, _, c in _of("ruling", text)}
    assert found.get("the Monday decision") == "scotus"


# --- back-references ----------------------------------------------------------------------

_BILL = (
    "Kansas lawmakers passed House Bill 2101 in March, and the governor signed it. "
    "Advocates sued the next week. "
)


def test_two_qualities_joined_by_and_refer_back() -> None:
    found = _of("statute", _BILL + '"We will keep fighting this cruel and unjust law," she said.')
    assert ("this cruel and unjust law", "state:ks:bill:hb2101", None) in found


def test_a_state_and_a_federal_word_joined_by_and_are_two_laws() -> None:
    found = _of("statute", _BILL + "Lawyers compared the state and federal law at length.")
    assert not any("and federal law" in t for t, _, _ in found)


_SUIT = (
    "Judge Ann Lee heard arguments on Monday in Acme Widgets, Inc. v. Smith. The lawsuit, "
    "filed in March, claims the rule is unlawful. "
)


def test_the_case_for_a_length_of_time_is_the_suit() -> None:
    found = _of("case", _SUIT + "Judge Lee heard from both sides of the case for two hours.")
    assert "the case" in [t for t, _, _ in found]


def test_the_case_for_a_thing_is_an_argument() -> None:
    found = _of("case", _SUIT + "The group made the case for tariffs on Tuesday.")
    assert "the case" not in [t for t, _, _ in found]


def test_a_descriptor_before_a_caption_is_no_mention_of_its_own() -> None:
    text = (
        "Judge Randolph D. Moss weighed on Friday the federal suit Public Broadcasting "
        "Service v. Trump, over the funding of public television."
    )
    found = [t for t, _, _ in _of("case", text)]
    assert "the federal suit" not in found
    assert any("Public Broadcasting Service v. Trump" in t for t in found)


# --- presidential actions -------------------------------------------------------------------


def test_a_presidents_memorandum_told_by_its_day() -> None:
    text = (
        "Service members sued over President Trump's August 25, 2017 memorandum on military "
        "service, lawyers said."
    )
    found = _of("executive-action", text, "2017-10-02")
    assert ("President Trump's August 25, 2017 memorandum", "fr:82:41319", None) in found


def test_an_order_told_beside_the_suit_that_challenges_it() -> None:
    text = (
        "Talbott v. Trump was filed in late January. The suit says President Trump's "
        "executive order signed earlier that month breaks the Fifth Amendment."
    )
    found = _of("executive-action", text)
    assert (
        "President Trump's executive order signed earlier that month",
        "eo:14183",
        None,
    ) in found


def test_a_bare_possessive_order_beside_the_suit_stays_unlinked() -> None:
    text = (
        "Talbott v. Trump was filed in late January. The suit says President Trump's "
        "executive order breaks the Fifth Amendment."
    )
    found = _of("executive-action", text)
    assert not any(a == "eo:14183" and t.startswith("President") for t, a, _ in found)


# --- a bill told by its roll call ------------------------------------------------------------


def test_a_bill_told_by_its_house_tally() -> None:
    text = (
        "The president signed a stopgap funding bill late Wednesday, reopening the government. "
        "Hours earlier, the House passed the measure 222-209."
    )
    found = _of("bill", text, "2025-11-13")
    assert ("a stopgap funding bill", "bill:119:hr:5371", None) in found
    assert ("the measure", "bill:119:hr:5371", None) in found


def test_a_tally_the_table_lacks_links_nothing() -> None:
    text = (
        "The president signed a stopgap funding bill late Wednesday, reopening the government. "
        "Hours earlier, the House passed the measure 217-212."
    )
    assert not any(a for _, a, _ in _of("bill", text, "2025-11-13"))


def test_the_provision_after_a_state_constitutions_section_in_its_sentence() -> None:
    text = (
        "The Ohio Supreme Court heard the challenge on Tuesday. The justices asked whether "
        "Article 1, Section 2 of the Ohio Constitution was meant by its drafters to say that "
        "the provision bars such laws."
    )
    found = _of("constitution", text)
    assert ("the provision", "state:oh:const:1-2", None) in found


def test_the_provision_after_another_section_is_not_the_constitutions() -> None:
    text = (
        "Congress holds the tariff power under Article I, Section 8 of the U.S. Constitution. "
        "Section 1702 of the statute lets the president regulate importation, and the court "
        "read this provision narrowly."
    )
    found = _of("constitution", text)
    assert not any(t == "this provision" for t, _, _ in found)


_TALBOTT = (
    "Talbott v. Trump was filed in late January against Executive Order 14183. "
    "The plaintiffs' lawyer spoke after the hearing. "
)


def test_an_order_called_unlawful_in_a_quote_is_the_suits_order() -> None:
    found = _of(
        "executive-action", _TALBOTT + '"This is a plainly unconstitutional order," she said.'
    )
    assert ("a plainly unconstitutional order", "eo:14183", None) in found


def test_an_order_called_unlawful_outside_a_quote_stays_unlinked() -> None:
    text = _TALBOTT + "She argued it was a plainly unconstitutional order."
    found = _of("executive-action", text)
    assert not any(t == "a plainly unconstitutional order" for t, _, _ in found)


def test_a_trial_ruling_on_an_older_map_is_the_earlier_suits() -> None:
    text = (
        "The justices heard Louisiana v. Callais again in the fall. Lawmakers drew a new map "
        "in 2024 after a trial court issued an injunction blocking the state's 2022 "
        "congressional map. A three-judge court in the Western District of Louisiana later "
        "enjoined the new map as a racial gerrymander."
    )
    courts = [c for t, _, c in _of("ruling", text) if t.startswith("a trial court")]
    assert courts == ["lamd"]


def test_a_bare_possessive_order_after_a_sentence_describing_it() -> None:
    text = (
        "On Monday President Trump moved the capital's police department under federal control "
        "to fight crime in Washington.\n"
        "'The police force shall serve federal purposes,' read Trump's executive order."
    )
    found = _of("executive-action", text, "2025-09-01")
    assert ("Trump's executive order", "eo:14333", None) in found


def test_a_bare_possessive_order_after_a_vague_sentence_stays_unlinked() -> None:
    text = (
        "On Monday President Trump spoke to reporters at length.\n"
        "'Agencies shall act at once,' read Trump's executive order."
    )
    found = _of("executive-action", text, "2025-09-01")
    assert not any(a for t, a, _ in found if t == "Trump's executive order")
