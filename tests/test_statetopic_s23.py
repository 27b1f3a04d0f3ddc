"""State laws told by a short topic and their state (twenty-third session, s23-statetopic):
"a Ten Commandments law in Louisiana", "the Louisiana law", "the new Texas mandate", "the
commandments law there"; a state bill number whose sentence names no state in an article about
two states; a description whose own year or clause is another law's. Made-up sentences of the
shapes news prints."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str = "2025-07-15") -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "statute"}


TX = "state:tx:bill:sb10"
LA = "state:la:bill:hb71"

TWO_STATES = (
    "Parents Challenge Classroom Display Rules\n\n"
    "Gov. Greg Abbott and the Texas Legislature put every school district on notice with a "
    "Ten Commandments mandate that several families challenged on Monday.\n\n"
    "The families filed their complaint in a federal courthouse on Monday morning. They say "
    "the posting rule in Senate Bill 10 breaks the First Amendment.\n\n"
    "An appeals panel last month blocked a Ten Commandments law in Louisiana, holding that "
    "the Louisiana law forced schools to hang religious posters, much as the new Texas "
    "mandate would. Abbott signed the Texas version that same week. Critics note that in "
    "Louisiana, school boards are still barred from enforcing the commandments law there."
)


def test_a_short_topic_and_the_state_after_it_is_that_states_row() -> None:
    assert found(TWO_STATES)["a Ten Commandments law in Louisiana"] == LA


def test_a_short_topic_in_a_sentence_naming_one_lawmaker_state() -> None:
    assert found(TWO_STATES)["a Ten Commandments mandate"] == TX


def test_the_state_adjective_refers_back_to_that_states_law() -> None:
    got = found(TWO_STATES)
    assert got["the Louisiana law"] == LA
    assert got["the new Texas mandate"] == TX
    assert got["the Texas version"] == TX


def test_there_is_the_state_its_sentence_names() -> None:
    assert found(TWO_STATES)["the commandments law there"] == LA


def test_a_bill_number_takes_the_lawmaker_state_of_a_sentence_shortly_before() -> None:
    assert found(TWO_STATES)["Senate Bill 10"] == TX


def test_a_bill_number_takes_the_state_of_the_court_city_before() -> None:
    text = (
        "Texas and Louisiana both passed classroom display laws last year.\n\n"
        "Critics filed suit Tuesday. The complaint, lodged in a federal court in San Antonio, "
        "runs 40 pages.\nIt says Senate Bill 10 is unconstitutional."
    )
    assert found(text)["Senate Bill 10"] == TX


def test_two_states_alike_and_no_state_told_links_neither() -> None:
    text = (
        "A Ten Commandments law in Louisiana was blocked in June. Texas adopted Senate Bill 10, "
        "its own version, days later. Supporters first floated the Ten Commandments "
        "requirement years ago."
    )
    got = found(text)
    assert got["A Ten Commandments law in Louisiana"] == LA
    assert "the Ten Commandments requirement" not in got


def test_one_topic_word_with_no_row_found_before_is_no_link() -> None:
    text = "In Louisiana, officials said the commandments law there is on hold."
    assert "the commandments law there" not in found(text)


def test_a_short_topic_read_as_a_predicate_is_no_law() -> None:
    text = "Critics describe the Texas measure as a Ten Commandments mandate in disguise."
    assert "a Ten Commandments mandate" not in found(text)


WISCONSIN = (
    "MADISON, Wis. (AP) — Wisconsin's highest court ruled Tuesday that an 1849 law banning "
    "abortion in nearly all cases cannot be enforced. The ruling leaves in force a 2015 state "
    "law that bans abortion after 20 weeks, and supporters said the 20-week ban stays."
)


def test_the_2015_wisconsin_law_is_its_own_row() -> None:
    got = found(WISCONSIN)
    assert any(
        k.startswith("a 2015 state law") and v == "state:wi:stat:253.107" for k, v in got.items()
    )
    assert got["the 20-week ban"] == "state:wi:stat:253.107"


def test_a_description_of_another_year_takes_no_sibling_row() -> None:
    text = (
        "MADISON, Wis. (AP) — Wisconsin's highest court ruled Tuesday that an 1849 law "
        "banning abortion in nearly all cases cannot be enforced. The ruling leaves in place "
        "a 2011 state law that limits abortion after 22 weeks."
    )
    got = found(text)
    assert not any(k.startswith("a 2011 state law") for k in got)
    assert any(v == "state:wi:stat:940.04" for v in got.values())


def test_federal_law_enforcement_is_no_states_law() -> None:
    text = (
        "MIAMI (AP) — Florida asked a court to let police enforce a new state law making it a "
        "misdemeanor for people in the U.S. illegally to enter Florida by evading border "
        "agents. “That law does nothing but aid the enforcement of federal immigration law,” "
        "the attorney general said."
    )
    got = found(text)
    assert got.get("a new state law making") == "state:fl:bill:sb4c"
    assert not any("federal" in k for k in got)


def test_mass_legislation_after_a_list_of_laws_is_no_one_law() -> None:
    text = (
        "MADISON, Wis. (AP) — Wisconsin's highest court said the 1849 law was replaced by "
        "newer laws and rules including a 2015 state law that bans abortion after 20 weeks. "
        "“That sweeping legislation covers the field,” a justice wrote."
    )
    assert "That sweeping legislation" not in found(text)


def test_a_defining_clause_of_another_law_takes_no_named_sibling() -> None:
    text = (
        "TALLAHASSEE, Fla. (AP) — Florida lawmakers created a state immigration enforcement "
        "board in Senate Bill 2-C during a special session. Judges have since blocked a recent "
        "state statute that makes it a felony to help immigration violators evade arrest."
    )
    got = found(text)
    assert got["Senate Bill 2-C"] == "state:fl:bill:sb2c"
    assert not any(k.startswith("a recent state statute") for k in got)


def test_a_bill_number_takes_the_headlines_one_state_last() -> None:
    text = (
        "Nevada Lawmakers Approve School Phone Limits\n\n"
        "Texas lawmakers passed a similar rule last year, and Arizona lawmakers are weighing "
        "one.\n\nTeachers' groups praised the change. Supporters say Assembly Bill 444 will "
        "cut classroom distractions."
    )
    assert found(text)["Assembly Bill 444"] == "state:nv:bill:ab444"


def test_nevadas_parental_notification_law_and_a_law_since_a_year() -> None:
    text = (
        "CARSON CITY, Nev. (AP) — Nevada's decades-old law requiring minors to give parental "
        "notification before an abortion may soon be enforced. Nevada has had a law since "
        "1985 requiring parental notification for minors seeking abortions."
    )
    got = found(text, "2025-04-10")
    assert any(k.startswith("Nevada's decades-old law") for k in got)
    assert any(k.startswith("a law since 1985") for k in got)
    assert set(got.values()) == {"state:nv:nrs:442.255"}


def test_an_appeals_courts_city_gives_no_bill_its_state() -> None:
    text = (
        "Gun Owners Lose Again\n\nMaryland lawmakers and Delaware lawmakers both passed "
        "limits.\n\nThe 4th U.S. Circuit Court of Appeals in Richmond upheld the rules. "
        "Challengers said House Bill 450 violated the Second Amendment."
    )
    assert "House Bill 450" not in found(text)


def test_a_bill_whose_own_sentence_names_two_states_takes_no_earlier_state() -> None:
    text = (
        "Classroom Display Fights Spread\n\nOklahoma lawmakers rejected the posters in "
        "April. Texas lawmakers approved them in May. Parents split on the idea. Critics "
        "noted that House Bill 71 mirrors rules in Louisiana and Arkansas."
    )
    assert "House Bill 71" not in found(text)
