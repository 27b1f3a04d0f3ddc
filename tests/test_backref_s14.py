"""Back-references whose antecedent was found but that stayed unlinked (issue 13, point 1,
fourteenth session): a law, an order or a ban told in passing between the antecedent and the
phrase that is no new antecedent. Sentences made up in the shape of news articles."""

from __future__ import annotations

from conftest import mentions


def _refs(text: str, date: str | None = "2025-06-10") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.anaphor]


def test_such_a_law_tells_no_new_law() -> None:
    text = (
        "Congress passed the Inflation Reduction Act in 2022, and no other country has yet "
        "enacted such a law. The law caps insulin prices for seniors."
    )
    assert ("The law", "publ:117-169") in _refs(text)


def test_a_bare_statute_an_infinitive_takes_is_law_in_general() -> None:
    text = (
        "Congress passed the Inflation Reduction Act in 2022. Courts need a strong reason to "
        "invalidate a statute, the professor said. The law caps insulin prices for seniors."
    )
    assert ("The law", "publ:117-169") in _refs(text)


def test_a_law_told_with_what_it_does_is_still_a_new_law() -> None:
    text = (
        "Congress passed the Inflation Reduction Act in 2022. Last week Ohio passed a law "
        "banning drug rebates. The law takes effect in July."
    )
    assert ("The law", "publ:117-169") not in _refs(text)


def test_law_enforcement_tells_no_law() -> None:
    text = (
        "Congress passed the Inflation Reduction Act in 2022. The state may withhold its "
        "assistance from federal law enforcement, the governor said. The law caps insulin "
        "prices for seniors."
    )
    assert ("The law", "publ:117-169") in _refs(text)


def test_an_order_told_as_the_one_revoked_is_not_the_order() -> None:
    text = (
        "President Trump signed Executive Order 14224 on Saturday, revoking a 2000 order by "
        "President Clinton on interpreters in federal programs. The order says agencies keep "
        "their discretion."
    )
    assert ("The order", "eo:14224") in _refs(text)


def test_an_order_told_since_is_still_another_order() -> None:
    text = (
        "President Trump signed Executive Order 14224 on Saturday. On Monday he signed an "
        "executive order on shipbuilding. The order says agencies keep their discretion."
    )
    assert ("The order", "eo:14224") not in _refs(text)


def test_a_law_that_makes_it_unlawful_is_a_ban() -> None:
    text = (
        "The justices upheld the Protecting Americans from Foreign Adversary Controlled "
        "Applications Act on Friday. The act makes it unlawful to host an app run by a foreign "
        "adversary. In upholding the ban, the Court said the act was content-neutral."
    )
    assert ("the ban", "publ:118-50") in _refs(text)


def test_a_proclamation_suspending_travel_is_a_ban() -> None:
    text = (
        "President Trump signed Proclamation 10949 on Wednesday, suspending travel to the U.S. "
        "for citizens of twelve countries. Officials cited screening problems.\n\n"
        "The ban takes effect on Monday."
    )
    assert ("The ban", "proc:10949") in _refs(text)


def test_a_proclamation_that_suspends_nothing_is_no_ban() -> None:
    text = (
        "President Trump signed Proclamation 10949 on Wednesday, honoring veterans of the "
        "Korean War. Officials held a ceremony.\n\nThe ban takes effect on Monday."
    )
    assert ("The ban", "proc:10949") not in _refs(text)


def test_a_bill_to_codify_a_ruling_acts_on_no_act() -> None:
    text = (
        "Senator Warren introduced a bill to codify Chevron U.S.A. v. Natural Resources Defense "
        "Council in March. Warren’s bill, the Stop Corporate Capture Act, has nine co-sponsors."
    )
    refs = [(m.text, m.name) for m in mentions(text, "2025-06-10") if m.anaphor]
    assert ("Warren’s bill", "Stop Corporate Capture Act") in refs


def test_a_law_of_a_kind_tells_no_new_law() -> None:
    text = (
        "Congress passed the Inflation Reduction Act in 2022. If you dislike a new statute or "
        "regulation, just wait, one lobbyist said. The law caps insulin prices for seniors."
    )
    assert ("The law", "publ:117-169") in _refs(text)


def test_the_head_word_repeated_takes_the_back_reference_before_it() -> None:
    text = (
        "Senator Warren spoke on Tuesday. Warren’s bill, the Stop Corporate Capture Act, has "
        "nine co-sponsors. The bill was first introduced in the House in 2021. The bill would "
        "also change how agencies write rules."
    )
    refs = [(m.text, m.name) for m in mentions(text, "2025-06-10") if m.anaphor]
    assert refs == [
        ("Warren’s bill", "Stop Corporate Capture Act"),
        ("The bill", "Stop Corporate Capture Act"),
        ("The bill", "Stop Corporate Capture Act"),
    ]


def test_a_bill_told_between_stops_the_repetition() -> None:
    text = (
        "Senator Warren spoke on Tuesday. Warren’s bill, the Stop Corporate Capture Act, has "
        "nine co-sponsors. Senator Lee filed a rival bill on Friday. The bill would also change "
        "how agencies write rules."
    )
    refs = [(m.text, m.name) for m in mentions(text, "2025-06-10") if m.anaphor]
    assert ("The bill", "Stop Corporate Capture Act") not in refs


def test_a_list_ending_the_paragraph_before_is_what_these_bills_are() -> None:
    text = (
        "The court found that House Bill 2898, Senate Bill 1824 and Senate Bill 1819 of Arizona "
        "broke the title rule.\nJustices said lawmakers titled these bills badly."
    )
    assert ("these bills", "state:az:bill:hb2898") in _refs(text)


def test_a_number_in_parentheses_closes_a_list_item() -> None:
    text = (
        "The Senate passed the Kids Online Safety Act (S. 1409) and the Children and Teens’ "
        "Online Privacy Protection Act (S. 1418) on Tuesday. Three senators voted against the "
        "bills."
    )
    assert ("the bills", "bill:118:s:1409") in _refs(text, "2024-07-31")


def test_two_bills_told_in_the_sentence_before_are_the_bills() -> None:
    text = (
        "In Ohio, House Bill 68 passed with a vote of 64 to 28 and House Bill 8 passed with a "
        "vote of 65 to 29. The bills passed during a long session."
    )
    assert ("The bills", "state:oh:bill:hb68") in _refs(text, "2023-06-30")


def test_one_bill_before_is_no_list() -> None:
    text = "In Ohio, House Bill 68 passed with a vote of 64 to 28. The bills passed quickly."
    assert [r for r in _refs(text, "2023-06-30") if r[0] == "The bills"] == []


def test_a_proclamation_restricting_entry_is_a_ban() -> None:
    text = (
        "President Trump signed Proclamation 10949 on Wednesday, restricting entry for "
        "nationals of twelve countries. Officials cited screening problems.\n\n"
        "The ban takes effect on Monday."
    )
    assert ("The ban", "proc:10949") in _refs(text)


def test_a_sponsors_possessive_pronoun_stands_for_the_determiner() -> None:
    text = (
        "The Senate Commerce Committee advanced the Railway Safety Act (S. 576) on Wednesday. "
        "Senators Vance and Brown spoke about their legislation after the vote."
    )
    assert ("their legislation", "bill:118:s:576") in _refs(text, "2023-05-11")


def test_a_bill_one_pays_is_no_bill_in_congress() -> None:
    text = (
        "The Senate Commerce Committee advanced the Railway Safety Act (S. 576) on Wednesday. "
        "One senator said his hospital bill had doubled."
    )
    assert [r for r in _refs(text, "2023-05-11") if "hospital" in r[0]] == []


def test_a_phrase_never_runs_over_a_sentence_end() -> None:
    text = (
        "Florida's HB 3 bars children under 14 from platforms that deploy “addictive "
        "features.” The law took effect in January."
    )
    refs = _refs(text, "2025-06-10")
    assert all("features" not in t for t, _ in refs)
    assert ("The law", "state:fl:bill:hb3") in refs
