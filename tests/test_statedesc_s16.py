"""A state law told only by description, with no number or name anywhere in the article
(issue 13, sixteenth session): the one ``state_acts.csv`` row of the description's state
(printed, named in its sentence or the one before, or the article's) whose topic its words
fit. The sentences are our own, made up in the shapes of real news pages; the rows are the
table's."""

from __future__ import annotations

from conftest import mentions


def linked(text: str, surface: str, date: str | None = None) -> str | None:
    """The id of the statute mention that opens on ``surface`` (None when there is none)."""
    at = text.index(surface)
    for m in mentions(text, date):
        if m.kind == "statute" and m.start == at:
            return m.authority
    return None


def test_a_new_law_will_require_then_signed_legislation_that_requires() -> None:
    text = (
        "OLYMPIA, Wash. (AP) — A new law will require gun buyers to get a permit to purchase"
        " firearms."
        " Gov. Bob Ferguson signed legislation in May that requires live-fire training to buy"
        " a gun. The law takes effect next year, and the legislation drew a lawsuit."
    )
    assert linked(text, "A new law will require") == "state:wa:bill:hb1163"
    assert linked(text, "legislation in May that requires") == "state:wa:bill:hb1163"
    assert linked(text, "the legislation drew") == "state:wa:bill:hb1163"


def test_its_strict_law_after_the_state() -> None:
    text = (
        "Virginia enacted its strict social media law last spring. The law limits teenagers"
        " to an hour a day on the apps."
    )
    assert linked(text, "its strict social media law") == "state:va:bill:sb854"
    assert linked(text, "The law limits") == "state:va:bill:sb854"


def test_its_new_law_with_the_state_in_the_sentence_before() -> None:
    text = (
        "Delaware became the latest state to allow medical aid in dying on Tuesday. Its new"
        " law lets terminally ill adults request life-ending medication."
    )
    assert linked(text, "Its new law lets") == "state:de:bill:hb140"


def test_the_states_vague_law_told_apart_by_the_next_sentences() -> None:
    text = (
        "A judge in Florida on Monday blocked the state's strict new abortion law a day before"
        " it took effect. Lawyers for the state said they would appeal at once. The measure"
        " bans nearly all abortions after 15 weeks of pregnancy."
    )
    assert linked(text, "the state's strict new abortion law") == "state:fl:bill:hb5"


def test_no_state_printed_needs_three_topic_words() -> None:
    # (two words of a Virginia row's topic, "social media", are not enough without a state)
    text = (
        "RICHMOND, Va. (AP) — A new law will ban phones in classrooms and curb social media"
        " use at school, officials said."
    )
    assert linked(text, "A new law will ban") is None


def test_another_state_or_country_in_the_sentence_links_nothing() -> None:
    text = "Unlike Virginia, Maryland passed its strict social media law for minors last spring."
    assert linked(text, "its strict social media law") is None
    text = "Australia's new law will ban children under 16 from social media, Virginia said."
    assert linked(text, "new law will ban") is None


def test_the_law_will_alone_is_no_description() -> None:
    text = "Washington lawmakers met on Monday. The law will require a permit to purchase firearms."
    assert linked(text, "The law will require") in (None, "state:wa:bill:hb1163")
    assert all(m.text != "The law will require" for m in mentions(text))


def test_a_law_dated_after_the_article_is_not_the_one() -> None:
    text = "Washington's new law will require a permit to purchase firearms, the governor said."
    assert linked(text, "Washington's new law", "2023-03-01") is None
    assert linked(text, "Washington's new law", "2025-06-01") == "state:wa:bill:hb1163"


def executive(text: str, date: str = "2025-09-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def test_the_president_imposed_levies_is_the_tariff_order() -> None:
    got = executive("President Trump imposed levies on Brazilian goods in July, aides said.")
    assert ("imposed levies on Brazilian goods", "eo:14323") in got
    got = executive("The president slapped tariffs on Indian imports in August.")
    assert ("slapped tariffs on Indian imports", "eo:14329") in got


def test_announced_reciprocal_levies_then_the_levies() -> None:
    text = (
        "President Trump announced the sweeping reciprocal levies in April. The tariffs hit"
        " most trading partners."
    )
    got = executive(text)
    assert ("announced the sweeping reciprocal levies", "eo:14257") in got


def test_an_executive_orders_other_topic_told_by_a_verb_stays_unlinked() -> None:
    # (only a tariff order is told by what the president did; and levies on two countries
    # are two orders, neither linked)
    assert executive("President Trump ended catch and release at the border in January.") == []
    got = executive("President Trump imposed levies on Canadian and Mexican goods in February.")
    assert all(a is None for _, a in got)


def test_a_wash_dateline_is_the_state_and_a_washington_one_the_capital() -> None:
    from linker.scanner.statenames import dateline_state

    assert dateline_state("SPOKANE, Wash. (AP) — The council met.") == "Washington"
    assert dateline_state("Washington, D.C. — The council met.") is None


FILLER = (
    " City officials said they were reviewing their options and would meet again next month."
    " Several residents spoke at a packed hearing on Tuesday evening."
)


def test_the_new_shapes_carry_a_later_number_back() -> None:
    # (a bill the table does not know: the description takes the number named after it)
    for text, surface in (
        (
            "BOISE, Idaho (AP) — A new law will require ferry operators to post signs in two"
            " languages." + FILLER + FILLER + " The law, House Bill 77, requires ferry signs.",
            "A new law will require",
        ),
        (
            "Gov. Brad Little signed legislation in March that requires ferry operators to post"
            " signs in two languages." + FILLER + " Idaho's House Bill 77 takes effect July 1.",
            "legislation in March that requires",
        ),
        (
            "Idaho enacted its strict ferry law last spring." + FILLER + " Under House Bill 77,"
            " ferry operators must post signs in two languages.",
            "its strict ferry law",
        ),
    ):
        assert linked(text, surface, "2025-09-01") == "state:id:bill:hb77", text


def test_an_ordinance_or_a_proposed_law_takes_no_row() -> None:
    for text, surface in (
        (
            "AUSTIN, Texas (AP) — The city council passed a new law that will require app stores"
            " to verify users' ages, officials said.",
            "a new law that will require",
        ),
        (
            "AUSTIN, Texas (AP) — The proposed legislation would require app stores to verify"
            " users' ages.",
            "The proposed legislation would require",
        ),
    ):
        assert linked(text, surface, "2025-09-01") is None, text


def test_californias_magazine_ban_is_the_penal_code_section() -> None:
    text = "A judge again ruled California’s magazine ban unconstitutional on Friday."
    assert linked(text, "California’s magazine ban") == "state:ca:pen:32310"


def test_a_bill_the_governor_signed_is_the_law_a_bill_debated_is_not() -> None:
    text = (
        "Gov. Bob Ferguson signed into law a bill requiring a permit to purchase firearms in"
        " Washington state."
    )
    assert linked(text, "a bill requiring", "2025-09-01") == "state:wa:bill:hb1163"
    text = "Washington state lawmakers debated a bill requiring a permit to purchase firearms."
    assert linked(text, "a bill requiring", "2025-09-01") is None


def test_a_companys_its_names_no_state() -> None:
    text = (
        "Meta said its new privacy law team would study the rules on social media for minors."
        " Virginia's Senate Bill 854 limits minors to an hour a day of social media."
    )
    assert linked(text, "its new privacy law") is None


def test_levies_on_steel_and_cars_are_the_proclamations() -> None:
    got = executive("President Trump imposed levies on imported cars in March.")
    assert ("imposed levies on imported cars", "proc:10908") in got
    got = executive(
        "In 2018, President Trump imposed steel levies on most countries.", "2019-01-01"
    )
    assert ("imposed steel levies", "proc:9705") in got


def test_rows_told_only_by_description_minnesota_and_arkansas() -> None:
    text = (
        "Minnesota asked the justices to revive the state’s ban on carry permits for young adults."
    )
    assert linked(text, "the state’s ban") == "state:mn:minn-stat:624.714"
    text = (
        "Advocates in Arkansas challenged a state law that bars anyone but poll workers from"
        " helping more than six voters."
    )
    assert linked(text, "a state law that bars") == "state:ar:aca:7-5-310"


def test_the_outlets_state_when_the_text_names_none() -> None:
    # (Texas's and Utah's app store laws share their topics: the Texas outlet tells them apart)
    text = (
        "source: https://www.kxan.com/news/story\n\nA new law will require app stores to verify"
        " users' ages before minors download apps."
    )
    assert linked(text, "A new law will require", "2025-10-01") == "state:tx:bill:sb2420"
