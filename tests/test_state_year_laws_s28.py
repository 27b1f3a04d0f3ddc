"""State laws told by their year, by a popular name, by what they do (twenty-eighth session,
branch s28-c41state; census41 P2 and P1): "the 1849 abortion law" and "the 1849 law's …" as
the state's law of that year, first mention too; "does not impose a ban on …" no law of its
own; a description that shares only words of who (children, adults, parents) with a row
links nothing; new rows for a code chapter misnamed in the plural, a code section told by
what it does and a law known by its popular name. Sentences of our own in the shapes of real
pages."""

from __future__ import annotations

from conftest import mentions

_WI_1849 = "state:wi:stat:940.04"


def _statutes(text: str, date: str | None = "2025-07-03") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


# --- P2: "the YEAR [topic] law" is the state's law of that year -----------------------------


def test_the_year_topic_law_first_mention_is_the_states_law_of_that_year() -> None:
    text = (
        "MADISON, Wis. — Wisconsin's highest court held on Wednesday that the 1849 abortion "
        "law no longer applies to doctors who end a pregnancy with consent."
    )
    assert ("the 1849 abortion law", _WI_1849) in _statutes(text)


def test_the_year_law_possessive_is_the_law_without_its_s() -> None:
    text = (
        "Wisconsin's justices heard two hours of argument. Lawyers for the district "
        "attorney disputed the 1849 law's reach over abortion clinics in the state."
    )
    assert ("the 1849 law", _WI_1849) in _statutes(text)


def test_a_ban_said_of_the_law_after_impose_is_no_mention() -> None:
    text = (
        "Wisconsin's Supreme Court ruled that the 1849 abortion law does not impose a ban "
        "on abortion performed by licensed doctors."
    )
    found = _statutes(text)
    assert ("the 1849 abortion law", _WI_1849) in found
    assert not any("a ban" in t for t, _ in found)


def test_a_year_word_no_topic_of_the_row_has_links_nothing() -> None:
    text = (
        "Wisconsin's justices heard a challenge to the 1849 fishing law, which set seasons "
        "for trout on the state's rivers."
    )
    assert not any(t.startswith("the 1849") for t, _ in _statutes(text))


def test_a_year_the_state_has_no_row_of_links_nothing() -> None:
    text = (
        "Wisconsin's justices said the 1907 abortion law had been repealed long ago, and "
        "lawyers did not argue otherwise."
    )
    assert not any(t.startswith("the 1907") for t, _ in _statutes(text))


def test_a_modern_year_alone_needs_two_topic_words_in_its_sentence() -> None:
    bare = "Wisconsin's governor spoke in Madison on Tuesday about the 2011 law and the budget."
    assert not any(t.startswith("the 2011") for t, _ in _statutes(bare))
    told = (
        "Wisconsin's unions said the 2011 law stripped collective bargaining from public "
        "employees across the state."
    )
    assert ("the 2011 law", "state:wi:bill:act10") in _statutes(told)


def test_the_year_law_in_a_sentence_about_congress_is_not_the_states() -> None:
    text = (
        "Wisconsin's senators said Congress should revisit the 1849 abortion law's federal "
        "counterpart, a federal law of its own."
    )
    assert not any(t.startswith("the 1849") for t, _ in _statutes(text))


# --- P1: descriptions, new rows ---------------------------------------------------------------


def test_a_description_sharing_only_who_words_with_a_row_links_nothing() -> None:
    text = (
        "TALLAHASSEE, Fla. — The House passed a bill on Tuesday to repeal a state statute "
        "that bars adult children from inheriting farmland their parents held in a trust."
    )
    assert not any("adult children" in t for t, _ in _statutes(text, "2025-04-02"))


def test_a_statute_told_by_the_damages_it_bars_is_its_code_section() -> None:
    text = (
        "TALLAHASSEE, Fla. — The House passed HB 6017 and would repeal a state statute that "
        "prohibits adult children and parents of adult children from collecting "
        "non-economic damages in medical negligence cases."
    )
    found = _statutes(text, "2025-04-02")
    assert any(a == "state:fl:stat:768.21" and "adult children" in t for t, a in found)


def test_a_states_procedure_act_misnamed_in_the_plural_is_its_code_chapter() -> None:
    text = (
        "TALLAHASSEE, Fla. — SB 108 would rework how agencies write rules by updating "
        "Florida's Administrative Procedures Act, or the APA, to require regular reviews."
    )
    found = _statutes(text, "2025-04-02")
    assert ("Florida's Administrative Procedures Act", "state:fl:stat:120") in found
    assert any(a == "state:fl:stat:120" and "APA" in t for t, a in found)


def test_the_federal_procedure_act_in_a_florida_story_stays_federal() -> None:
    text = (
        "TALLAHASSEE, Fla. — Florida sued the Department of Education, saying the agency "
        "violated the Administrative Procedure Act when it issued the rule."
    )
    assert ("Administrative Procedure Act", "usc:5:551") in _statutes(text, "2025-04-02")


def test_a_popular_name_law_of_the_story_state_is_its_code_section() -> None:
    text = (
        "California drivers face several new rules this year. The Slow Down or Move Over "
        "law now covers any stopped vehicle with its hazard lights on."
    )
    found = _statutes(text, "2026-01-01")
    assert any(a == "state:ca:veh:21809" and "Move Over law" in t for t, a in found)


def test_a_title_many_states_share_in_a_story_of_two_states_links_nothing() -> None:
    text = (
        "Drivers in Nevada and California face new rules this year. The Move Over law now "
        "covers any stopped vehicle with its hazard lights on."
    )
    assert not any("Move Over" in t and a for t, a in _statutes(text, "2026-01-01"))


def test_the_year_state_law_is_told_by_its_sentence() -> None:
    text = (
        "Wisconsin's unions said the 2011 state law stripped collective bargaining from "
        "public employees across the state."
    )
    assert ("the 2011 state law", "state:wi:bill:act10") in _statutes(text)


def test_a_measure_dated_by_its_own_year_beside_a_county_court_is_the_row_of_that_year() -> None:
    text = (
        "Wisconsin's high court struck down the 1849 abortion law on Wednesday. The decision "
        "affirms a 2023 Dane County ruling and ends a suit by the attorney general, who "
        "argued that a 1985 measure allowing abortions up to fetal viability governs."
    )
    found = _statutes(text)
    assert any(a == "state:wi:stat:940.15" and t.startswith("a 1985 measure") for t, a in found)


def test_a_measure_a_county_board_passed_is_no_state_row() -> None:
    text = (
        "Wisconsin's high court struck down the 1849 abortion law on Wednesday. The county "
        "board said a 1985 measure allowing abortions up to fetal viability governs its "
        "clinics."
    )
    assert not any(t.startswith("a 1985 measure") for t, _ in _statutes(text))


def test_a_law_curbing_the_governor_and_attorney_general_is_the_extraordinary_session_act() -> None:
    text = (
        "MADISON, Wis. — Wisconsin's justices heard a challenge to a law that curbs the power "
        "of the governor and attorney general, passed weeks before they took office."
    )
    found = _statutes(text, "2019-06-22")
    assert any(a == "state:wi:bill:sb884" and t.startswith("a law that curbs") for t, a in found)


# --- a package of a state's laws told in the plural --------------------------------------------

_PACKAGE = (
    "MADISON, Wis. — Wisconsin's high court on Friday sided with the Legislature in upholding "
    "laws that curb the power of the incoming governor and attorney general, Gov. Ann Lind "
    "and Ray Olsen. Lawmakers passed the controversial laws weeks before the two took office."
)


def test_a_package_of_laws_a_court_upheld_is_the_tables_row_for_it() -> None:
    found = _statutes(_PACKAGE, "2019-06-22")
    assert any(a == "state:wi:bill:sb884" and t.startswith("laws that curb") for t, a in found)
    assert ("the controversial laws", "state:wi:bill:sb884") in found


def test_laws_of_a_kind_many_states_have_are_no_package() -> None:
    text = (
        "MADISON, Wis. — Wisconsin is one of 20 states with laws that curb the power of the "
        "governor and attorney general in lawsuits."
    )
    assert not any(t.startswith("laws that") for t, _ in _statutes(text, "2019-06-22"))


def test_laws_ranked_among_all_are_no_reference_back() -> None:
    text = _PACKAGE + (
        " Leaders said the practice had been used to enact some of the most important laws "
        "in the state."
    )
    assert not any("most important laws" in t for t, _ in _statutes(text, "2019-06-22"))


def test_a_law_banning_foreign_money_in_ballot_campaigns_is_the_ohio_act() -> None:
    text = (
        "COLUMBUS, Ohio — A federal judge blocked part of a law banning foreign nationals from "
        "contributing to ballot issue campaigns. The law took effect in September."
    )
    found = _statutes(text, "2024-09-01")
    assert any(a == "state:oh:bill:hb1" and t.startswith("a law banning foreign") for t, a in found)
    assert ("The law", "state:oh:bill:hb1") in found


def test_a_law_letting_people_sue_over_fake_political_ads_is_the_california_act() -> None:
    text = (
        "Several new California measures on political deepfakes are being challenged, "
        "including one requiring platforms to label content and another allowing anyone to "
        "sue for damages over the use of AI to fake images or videos in political ads."
    )
    found = _statutes(text, "2025-01-01")
    assert any(a == "state:ca:bill:ab2839" and t.startswith("another allowing") for t, a in found)


def test_a_new_law_stiffening_theft_penalties_in_nevada_is_its_crime_bill() -> None:
    text = (
        "Nevada lawmakers approved a broad new law stiffening penalties for smash-and-grab "
        "theft and for assaults on casino workers."
    )
    found = _statutes(text, "2026-01-02")
    assert any(a == "state:nv:bill:ab4" and t.startswith("a broad new law") for t, a in found)


def test_a_ban_a_state_imposed_is_still_its_law() -> None:
    text = "In 2019, Georgia imposed a ban on abortion after six weeks of pregnancy."
    found = _statutes(text, "2024-05-01")
    assert any(a == "state:ga:bill:hb481" and t.startswith("a ban on abortion") for t, a in found)


def test_a_ban_the_law_doesnt_impose_is_no_mention() -> None:
    text = (
        "Wisconsin's justices said the 1849 abortion law doesn't impose a ban on abortion "
        "performed by licensed doctors."
    )
    assert not any("a ban" in t for t, _ in _statutes(text))


def test_a_roundup_item_one_law_under_a_state_heading_is_that_states_row() -> None:
    text = (
        "Here is a look at new laws some states start enforcing this year.\n"
        "California\n"
        "One law passed this year banned stores from handing customers plastic shopping bags.\n"
        "The new law takes effect in January."
    )
    found = _statutes(text, "2025-12-30")
    assert any(a == "state:ca:bill:sb1053" and t.startswith("One law") for t, a in found)
