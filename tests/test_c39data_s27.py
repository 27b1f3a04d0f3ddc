"""Rows and shapes of the twenty-seventh session's c39data branch (census39–40 DATA items):
state emergency-powers acts, a federal act whose only home is its Pub. L., an FCC rule and
the CRA resolution that undid it, a rule version told as the one an agency recently adopted,
suits told without a caption, and the named clauses of Article I, §§ 9–10. Sentences of our
own in the shapes news prints."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str | None = None, kinds: tuple[str, ...] = ()) -> list[tuple]:
    return [
        (m.text, m.authority or m.name)
        for m in mentions(text, date)
        if not kinds or m.kind in kinds
    ]


# --- state acts known by name, their initials and descriptions -------------------------


def test_a_state_act_by_name_initials_and_year() -> None:
    text = (
        "Gov. Ames of Michigan leaned on the Emergency Powers of Governor Act of 1945 to keep "
        "the orders in place. Lawyers for the state said the EPGA gave her that power, but "
        "critics called the 1945 law a relic."
    )
    got = found(text, "2020-10-05", ("statute",))
    assert ("Emergency Powers of Governor Act of 1945", "state:mi:mcl:10.31") in got
    assert ("EPGA", "state:mi:mcl:10.31") in got
    assert ("the 1945 law", "state:mi:mcl:10.31") in got


def test_the_initials_stay_unlinked_without_the_act() -> None:
    text = "The EPGA board met on Monday to talk about grants for small farms."
    assert not [a for _, a in found(text, "2020-10-05") if a == "state:mi:mcl:10.31"]


# --- a federal act outside the U.S. Code: its Pub. L. id, and its sections -------------


def test_a_section_of_an_act_with_no_code_home_is_the_act() -> None:
    text = (
        "The president cited Section 740 of the District of Columbia Home Rule Act to take "
        "command of the city's police. Under section 740, the takeover ends after 30 days "
        "unless Congress extends it, and the Home Rule Act gives the mayor no veto."
    )
    got = found(text, "2025-08-12", ("statute",))
    assert got
    assert {a for _, a in got} == {"publ:93-198"}


# --- an agency's rule and the CRA resolution that undid it ------------------------------


def test_a_rule_named_by_its_topic_and_its_resolution() -> None:
    text = (
        "The president signed S.J.Res. 34 on Monday, scrapping the broadband privacy rules "
        "the FCC adopted in October. The rules would have required internet providers to "
        "get customers' consent before selling their browsing data."
    )
    got = found(text, "2017-04-04")
    assert ("broadband privacy rules", "fr:81:87274") in got
    assert ("The rules", "fr:81:87274") in got
    assert ("S.J.Res. 34", "bill:115:sjres:34") in got


def test_an_agency_rule_word_the_chosen_rule_never_uses_picks_none() -> None:
    from linker.scanner import agencyrules
    from linker.scanner.orderdata import rules_by_target

    fcc = agencyrules._agency_of("FCC")
    assert fcc is not None
    open_internet = [rules_by_target()["fr:80:19737"]]
    # "the FCC's broadband privacy rules": "privacy" tells a rule the net neutrality order
    # is not, though "broadband" is one of its topics
    assert agencyrules._untold_mod(open_internet, ["broadband", "privacy"], fcc)
    # its own words, and plain modifiers before it, keep it
    assert not agencyrules._untold_mod(open_internet, ["net", "neutrality"], fcc)
    assert not agencyrules._untold_mod(open_internet, ["privacy", "broadband"], fcc)


# --- a rule version: the one an agency recently adopted ---------------------------------


def test_a_rule_recently_adopted_by_an_agency_is_its_newest_version() -> None:
    text = (
        "Only employees are covered by the “joint employer” rule, recently adopted by the "
        "National Labor Relations Board, which makes two companies answer for one worker."
    )
    got = found(text, None, ("regulation",))
    assert ("joint employer” rule", "fr:88:73946") in got


def test_a_rule_adopted_by_an_agency_with_one_version_of_its_own() -> None:
    text = (
        "Franchisors fought the “joint employer” rule, adopted by the Labor Department, "
        "which said a franchisor may answer for a franchisee's workers."
    )
    got = found(text, "2020-06-01", ("regulation",))
    assert ("joint employer” rule", "fr:85:2820") in got


# --- suits told without a caption ---------------------------------------------------------


def test_a_cities_suit_over_a_rule_is_the_tables_row() -> None:
    text = (
        "A federal judge in Maryland on Friday paused much of the marketplace integrity rule. "
        "Judge Brendan Hurson said the cities that brought the case were likely to win. "
        "Columbus, Baltimore and Chicago filed the suit in July."
    )
    got = found(text, "2025-08-23", ("case",))
    assert ("the case", "case:City of Columbus v. Kennedy") in got or (
        "the case",
        "City of Columbus v. Kennedy",
    ) in got


# --- named clauses of Article I, §§ 9–10 ----------------------------------------------


def test_the_named_clauses_of_article_one_sections_nine_and_ten() -> None:
    text = (
        "The port's fee, the shippers argue, breaks the Import-Export Clause and the "
        "Tonnage Clause, while a federal tax on coal shipped abroad would offend the "
        "Export Clause."
    )
    got = found(text, "2024-03-01", ("constitution",))
    assert ("the Import-Export Clause", "const:article:1:section:10") in got
    assert ("the Tonnage Clause", "const:article:1:section:10") in got
    assert ("the Export Clause", "const:article:1:section:9") in got


def test_a_clause_of_both_sections_names_no_one_section() -> None:
    text = "The retroactive penalty, the brief says, runs into the Ex Post Facto Clause."
    got = found(text, "2024-03-01", ("constitution",))
    assert not [a for _, a in got if a and a.startswith("const:article:1:section:")]


def test_a_school_named_for_a_state_is_no_party_of_the_states_suit() -> None:
    text = (
        "Last week the state attorney general sued over the travel ban, and Judge James "
        "Robart blocked Executive Order 13769 nationwide. The state's lawsuit was one of "
        "several. On Tuesday, two University of Washington students filed a class-action "
        "lawsuit challenging the ban."
    )
    got = found(text, "2017-02-09", ("case",))
    assert not [t for t, a in got if t == "a class-action lawsuit" and a and "Washington" in a]


def test_a_suit_told_by_its_two_plaintiffs_names() -> None:
    text = (
        "The civil liberties group said it will now move ahead with the case of Nykolas "
        "Alford and Stephen Thomas, two men who plan to marry in the state."
    )
    got = found(text, "2018-01-09", ("case",))
    assert ("the case of Nykolas Alford and Stephen Thomas", "Alford v. Moulder") in got


def test_two_names_no_row_lists_tell_no_suit() -> None:
    text = "The group will move ahead with the case of Ada Lovelace and Grace Hopper."
    assert not found(text, "2018-01-09", ("case",))


# --- a bill's short form that drops the words after its acronym -------------------------


def test_the_acronym_act_after_the_long_name_is_that_bill() -> None:
    text = (
        "The House on Wednesday passed the SAFE Banking Act, H.R. 1595, by 321 to 103. "
        "The SAFE Act would shield banks that serve licensed cannabis businesses."
    )
    got = found(text, "2019-09-26", ("bill", "statute"))
    assert ("The SAFE Act", "bill:116:hr:1595") in got


def test_the_acronym_act_alone_stays_unlinked() -> None:
    text = "The SAFE Act would shield banks that serve licensed cannabis businesses."
    got = found(text, "2019-09-26", ("bill", "statute"))
    assert ("The SAFE Act", "bill:116:hr:1595") not in got
