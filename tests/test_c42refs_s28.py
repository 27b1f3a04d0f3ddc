"""Laws and measures referred back to (twenty-eighth session, census42 P2, P13): a state
ballot label told as about to take effect, or beside a year that belongs to another noun; a
bare "a law that VERBs" in the lede restating the headline's law by its verb; "the bill" after
a phrase with a second determiner ("a late compromise the bill"), which tells no new bill.
Made-up sentences of the same shapes, on rows of ``ballot_measures.csv`` and
``state_acts.csv``."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None, kind: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


MO_2024 = "state:mo:const:1-36"


def test_label_about_to_take_effect_and_year_of_another_noun() -> None:
    # (undated: the label is the one adopted measure whose topic the article tells)
    text = (
        "Missouri's near-total abortion ban is still on the books. But on Thursday morning, "
        "Amendment 3 will go into effect.\n\nThe constitutional amendment, approved by a narrow "
        "majority, protects abortion until fetal viability.\n\nLawyers for both sides agreed "
        "that Amendment 3 voids the ban that took effect in June 2022 after the high court "
        "ruled."
    )
    assert _found(text, None, "constitution") == [
        ("Amendment 3", MO_2024),
        ("The constitutional amendment", MO_2024),
        ("Amendment 3", MO_2024),
    ]


def test_label_still_to_be_voted_on_left_alone() -> None:
    for text in (
        "Missouri voters will decide in November whether to restrict abortion again. If "
        "approved, Amendment 3 will take effect in December.",
        "Missouri voters decide in November on abortion. Amendment 3 will take effect in "
        "December if a majority backs it.",
    ):
        assert _found(text, "2026-08-01", "constitution") == []


HEADLINE = "Appeals Court Revives Louisiana Law Requiring Ten Commandments Posters in Schools\n\n"
LA = "state:la:bill:hb71"


def test_lede_restates_the_headlines_law_by_its_verb() -> None:
    text = HEADLINE + (
        "Judges on Friday allowed officials to enforce a law that requires the posters in every "
        "classroom. A lower court had found the 2024 state law unconstitutional and blocked "
        "enforcement of the law."
    )
    assert _found(text, "2026-02-21", "statute") == [
        ("Louisiana Law Requiring Ten Commandments Posters in Schools", LA),
        ("the 2024 state law", LA),
        ("the law", LA),
    ]


def test_lede_law_of_another_verb_is_a_new_law() -> None:
    text = HEADLINE + (
        "Judges on Friday allowed officials to enforce a law that bans cellphones in every "
        "classroom. Critics said the law was vague."
    )
    assert _found(text, "2026-02-21", "statute") == [
        ("Louisiana Law Requiring Ten Commandments Posters in Schools", LA)
    ]


def test_bill_after_a_phrase_with_a_second_determiner() -> None:
    text = (
        "Maryland lawmakers passed House Bill 900 in April. Opponents fought it hard, and in a "
        "late compromise the bill was narrowed to exclude repeat offenders.\n\nThe bill now "
        "heads to the governor, who has not said whether he will sign it."
    )
    assert _found(text, "2025-05-01", "statute") == [
        ("House Bill 900", "state:md:bill:hb900"),
        ("the bill", "state:md:bill:hb900"),
        ("The bill", "state:md:bill:hb900"),
    ]


def test_a_new_bill_told_between_still_blocks() -> None:
    text = (
        "Maryland lawmakers passed House Bill 900 in April. Opponents then drafted a competing "
        "bill on parole. The bill now heads to the governor."
    )
    assert _found(text, "2025-05-01", "statute") == [("House Bill 900", "state:md:bill:hb900")]


# (census42 P9) a rule named by its Federal Register title in quotation marks, without the
# title's leading "The", told by its stage: the row of that stage, the stage words in the span
CLIMATE = "Enhancement and Standardization of Climate-Related Disclosures for Investors"


def test_quoted_title_with_its_stage() -> None:
    for quoted in (f"“{CLIMATE}”", f'"{CLIMATE}"'):
        text = f"Investors sued after the commission finalized its {quoted} final rule in March."
        assert _found(text, "2024-04-09", "regulation") == [(f"{quoted} final rule", "fr:89:21668")]


def test_quoted_title_of_the_proposal() -> None:
    text = f"In 2022 the commission published the “{CLIMATE}” proposed rule for comment."
    assert _found(text, "2024-04-09", "regulation") == [
        (f"“{CLIMATE}” proposed rule", "fr:87:21334")
    ]


def test_quoted_title_two_rows_print_without_a_stage_left_alone() -> None:
    text = f"Commenters wrote thousands of letters about “{CLIMATE}” over two years."
    assert [a for _, a in _found(text, "2024-04-09", "regulation")] == []


# (census42 P4) a party's law told by its topic: the row of the party's president the words fit
def test_party_possessive_law_by_its_topic() -> None:
    text = (
        "States argued that a Medicaid provision in the GOP’s tax-and-spending law singles out "
        "one group of clinics. A judge later paused enforcement of the law."
    )
    assert _found(text, None, "statute") == [
        ("the GOP’s tax-and-spending law", "publ:119-21"),
        ("the law", "publ:119-21"),
    ]
    dated = "Hospitals warned that Republicans' tax-and-spending law cuts their funding."
    assert _found(dated, "2025-09-01", "statute") == [
        ("Republicans' tax-and-spending law", "publ:119-21")
    ]
    # a law of a term before the article's: the one row of the party's its words fit
    later = "The Democrats' health care law faces another court test."
    assert _found(later, "2019-03-01", "statute") == [
        ("The Democrats' health care law", "publ:111-148")
    ]


def test_party_possessive_left_alone() -> None:
    for text, date in (
        # a chamber's or a state's party: a bill of their own
        ("House Democrats' health care bill would cap drug prices.", "2010-01-05"),
        ("Texas Republicans' tax-and-spending bill passed the state Senate.", "2025-09-01"),
        # no topic of a row
        ("The GOP's immigration bill stalled in the Senate.", "2025-09-01"),
        # a bill after the party's president left office: a new bill
        ("The Democrats' health care bill faces a vote.", "2019-03-01"),
    ):
        assert _found(text, date, "statute") == [], text


# (census42 P4) a rule's key in capitals first in a list of names sharing one head noun
def test_key_first_in_a_list_sharing_its_head_noun() -> None:
    text = (
        "Borrowers could not get forgiveness under the SAVE, Pay As You Earn (PAYE) and "
        "Income-Contingent Repayment (ICR) plans while the case went on."
    )
    assert _found(text, "2025-03-01", "regulation") == [("SAVE", "fr:88:43820")]


def test_key_in_a_list_of_another_head_left_alone() -> None:
    text = "Officials said the SAVE, PAYE and ICR offices were closed on Monday."
    assert _found(text, "2025-03-01", "regulation") == []


# a section of a title of a state's code is no U.S. Code section
def test_section_of_a_states_title_is_no_us_code_section() -> None:
    for text in (
        "The suit targets Section 6106 of Title 18 of the Pennsylvania Consolidated Statutes.",
        "The suit targets Sections 6106 and 6109 of Title 18 of Pennsylvania's Consolidated "
        "Statutes.",
    ):
        assert [m.authority for m in mentions(text, "2025-01-15") if m.kind == "statute"] == []
    text = "He was charged under Section 1001 of Title 18 of the United States Code."
    assert _found(text, "2025-01-15", "statute") == [
        ("Section 1001 of Title 18 of the United States Code", "usc:18:1001")
    ]


# "overdraft" holds "draft": no proposal (census42 P4, an agency's possessive pronoun)
def test_its_topic_regulations_of_a_word_holding_draft() -> None:
    text = "The CFPB unveiled its overdraft fee regulations for large banks last week."
    assert _found(text, "2025-02-14", "regulation") == [
        ("its overdraft fee regulations for large banks", "fr:89:106768")
    ]


# the resolution of disapproval told with its chamber: each chamber's own resolution, now
# that cra_resolutions.csv lists both of this rule's (s28-c42data added H.J. Res. 59)
def test_resolution_told_with_its_chamber() -> None:
    text = (
        "Lawmakers moved under the Congressional Review Act to overturn the CFPB overdraft "
        "rule. One member introduced a CRA "
        "resolution in the House. A senator who introduced a CRA resolution in the Senate "
        "said the rule hurt consumers."
    )
    bills = _found(text, "2025-02-14", "bill")
    assert bills == [
        ("a CRA resolution in the House", "bill:119:hjres:59"),
        ("a CRA resolution in the Senate", "bill:119:sjres:18"),
    ]


# (census42 P4) a short case name in the possessive before a noun a case has, where the
# article calls its case so elsewhere; "a Supreme Court case in YEAR" after it
def test_case_possessive_and_the_case_of_its_year() -> None:
    text = (
        "“Courts disagree about Howey’s application to digital tokens,” the judge wrote. "
        "The Howey test, set out in a Supreme Court case in 1946, has four parts."
    )
    assert _found(text, "2025-01-08", "case") == [
        ("Howey", "cite:328:us:293"),
        ("The Howey test", "cite:328:us:293"),
        ("a Supreme Court case in 1946", "cite:328:us:293"),
    ]


def test_possessive_of_a_name_not_called_a_case_left_alone() -> None:
    text = "“We reviewed Howey’s application for a permit,” the clerk said on Monday."
    assert _found(text, "2025-01-08", "case") == []
    other_year = (
        "The Howey test asks four questions. It echoes a Supreme Court case in 1968 on franchises."
    )
    assert _found(other_year, "2025-01-08", "case") == [("The Howey test", "cite:328:us:293")]


# the rules an agency "originally proposed": the proposal, never the final rule told before
def test_rules_the_agency_originally_proposed_are_no_final_rule() -> None:
    text = (
        "In March the SEC adopted its climate disclosure rule. The final rule departs in many "
        "ways from the rules the SEC originally proposed in 2022 after thousands of comments."
    )
    found = _found(text, "2024-04-09", "regulation")
    assert ("the rules", "fr:89:21668") not in found
    assert found[0] == ("climate disclosure rule", "fr:89:21668")
