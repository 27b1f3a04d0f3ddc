"""State laws with no row before the twenty-fourth session, and known authorities printed with
one extra word or mark (census 25, P2, P5 and P7's data item): Rhode Island's magazine ban and
Arkansas Act 629 by their topics, an indefinite "a state weapons ban" in the opening paragraph,
"a similar law out of STATE", "the 2018 federal farm bill", "“Liberation Day” tariffs", "an
1849 law that …", "vetoed a bill Friday night that …", and the multistate suit against the
HHS Section 1557 rule. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-07-01"

RI_BAN = "state:ri:gen-laws:11-47.1-3"
AR_HEMP = "state:ar:bill:act629"
FARM_BILL = "publ:115-334"
LIBERATION_DAY = "eo:14257"
WI_1849 = "state:wi:stat:940.04"


def _found(text: str, kind: str | None = None, date: str | None = DATE) -> list[tuple[str, str]]:
    return [
        (m.text, m.authority or "") for m in mentions(text, date) if kind is None or m.kind == kind
    ]


def _ids(text: str, date: str | None = DATE) -> set[str]:
    return {a for _, a in _found(text, date=date)}


# --- rows: a state's magazine ban, another state's hemp law ---------------------------

_RI_STORY = (
    "A federal appeals court on Tuesday handed gun-rights groups a loss in a suit over a state "
    "weapons ban.\n\n"
    "Legal scholars expect more such losses in the coming years.\n\n"
    "The Boston-based First Circuit upheld Rhode Island’s outright ban on “large capacity "
    "magazines” (LCMs) that hold more than ten rounds. The judges found the prohibition "
    "consistent with history."
)


def test_a_states_magazine_ban_by_its_description() -> None:
    found = _found(_RI_STORY, "statute")
    assert any(t.startswith("Rhode Island’s outright ban") and a == RI_BAN for t, a in found)
    assert ("the prohibition", RI_BAN) in found


def test_an_indefinite_state_ban_in_the_opening_is_the_ban_named_later() -> None:
    assert ("a state weapons ban", RI_BAN) in _found(_RI_STORY, "statute")


def test_an_indefinite_state_ban_past_the_opening_stays_free() -> None:
    text = (
        "Legal scholars expect more losses for gun-rights groups in the coming years.\n\n"
        "Another court may weigh in on a state weapons ban.\n\n"
        + "Nothing else happened that week. "
        * 12
        + "\n\nThe Boston-based First Circuit upheld Rhode Island’s outright ban on “large "
        "capacity magazines” (LCMs) that hold more than ten rounds."
    )
    assert not any(t == "a state weapons ban" for t, _ in _found(text))


_SIMILAR = (
    "The governor on Friday vetoed a measure that would have outlawed nearly all hemp products "
    "with THC in the state.\n\n"
    "He pointed to a 2023 ruling by a federal judge that halted a similar law out of Arkansas, "
    "because the law clashed with federal law."
)


def test_a_similar_law_out_of_another_state_is_that_states_row() -> None:
    found = _found(_SIMILAR, "statute")
    assert ("a similar law out of Arkansas", AR_HEMP) in found
    assert ("the law", AR_HEMP) in found


def test_a_similar_law_out_of_a_state_whose_rows_fit_nothing_stays_free() -> None:
    text = _SIMILAR.replace("outlawed nearly all hemp products with THC", "capped rent increases")
    assert AR_HEMP not in _ids(text)


def test_a_possessive_after_from_is_no_state_named_after_the_head() -> None:
    text = (
        "The judge distinguished the app store law from Texas’s older age-verification law "
        "for pornography websites."
    )
    assert not any(t.endswith("from Texas") for t, _ in _found(text))


# --- one extra word or mark -------------------------------------------------------------


def test_federal_between_the_year_and_a_nickname() -> None:
    text = (
        "Hemp sellers say the state rule clashes with the 2018 federal farm bill, which made "
        "hemp legal."
    )
    assert any(a == FARM_BILL and "2018 federal farm bill" in t for t, a in _found(text))


def test_the_law_set_against_a_law_named_after_it_is_not_that_law() -> None:
    text = (
        "The governor cited a court order that paused a comparable measure elsewhere, on the "
        "grounds that the law conflicted with the 2018 farm bill, which legalized hemp."
    )
    found = _found(text)
    assert any(a == FARM_BILL for _, a in found)
    assert ("the law", FARM_BILL) not in found


def test_quotes_round_a_nicknames_capitalised_words() -> None:
    text = (
        "Earlier in the year, President Trump announced a series of tariffs, dubbed “Liberation "
        "Day” tariffs, against countries with large trade deficits."
    )
    assert ("“Liberation Day” tariffs", LIBERATION_DAY) in _found(text, "executive-action")


def test_the_tariffs_after_other_tariffs_told_is_not_the_order() -> None:
    text = (
        "Importers challenged the “Liberation Day” tariffs in court. The judges also ruled "
        "against the fentanyl-related tariffs imposed on Canada and Mexico. The court then "
        "barred the government from enforcing the tariffs."
    )
    found = _found(text, "executive-action")
    assert ("“Liberation Day” tariffs", LIBERATION_DAY) in found
    assert ("the tariffs", LIBERATION_DAY) not in found


_WISCONSIN = (
    "The justices took up the question of abortion access in Wisconsin after the federal "
    "ruling. Wisconsinites were unsure about an 1849 law that prohibits “destroying the life "
    "of an unborn child.”\n"
    "Last month the Wisconsin Supreme Court held that the 1849 law no longer bans abortion."
)


def test_a_law_dated_by_its_own_year_in_a_one_state_story() -> None:
    found = _found(_WISCONSIN, "statute")
    assert any(t.startswith("an 1849 law") and a == WI_1849 for t, a in found)
    assert ("the 1849 law", WI_1849) in found


def test_a_law_of_another_year_is_not_the_states_row() -> None:
    text = _WISCONSIN.replace("1849", "1851")
    assert WI_1849 not in _ids(text)


def test_a_weekday_between_a_bill_and_its_clause() -> None:
    text = (
        "Ohio Gov. Mike DeWine vetoed a bill Friday night that would have capped rent increases "
        "across the state.\n\nThe governor said House Bill 12 went too far."
    )
    found = _found(text)
    assert any(t.startswith("a bill Friday night") and a == "state:oh:bill:hb12" for t, a in found)


# --- a multistate suit against a rule -------------------------------------------------


def test_the_multistate_suit_against_the_section_1557_rule() -> None:
    text = (
        "Judge Louis Guirola Jr. of the Southern District of Mississippi blocked the Department "
        "of Health and Human Services' Section 1557 rule on gender identity. Tennessee, "
        "Mississippi and thirteen other states had brought the lawsuit in May."
    )
    cases = {m.authority or m.name for m in mentions(text, "2024-07-10") if m.kind == "case"}
    assert any("Tennessee v. Becerra" in (c or "") for c in cases)


def test_a_states_abbreviated_ban_after_that_starts_at_the_state() -> None:
    text = (
        _RI_STORY
        + " The judge wrote that Rhode Island’s LCM ban does not violate the Constitution."
    )
    found = _found(text, "statute")
    assert ("Rhode Island’s LCM ban", RI_BAN) in found
    assert not any(t.startswith("that Rhode") for t, _ in found)
