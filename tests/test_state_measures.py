"""State laws news names by number (ninth session, issue 13, point 5): ballot propositions,
bill numbers in a list under a story about one state, and what refers back to them."""

from __future__ import annotations

import pytest

from conftest import mentions


def statutes(
    text: str, date: str | None = "2024-07-26"
) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.name) for m in mentions(text, date) if m.kind == "statute"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state before the number
        ("California's Proposition 47 reduced some felonies to misdemeanors.",
         [("Proposition 47", "state:ca:bill:prop47", "Safe Neighborhoods and Schools Act")]),
        # the state the sentence names as a lawmaker (voters), "Prop. 207"
        ("Arizona voters legalized recreational marijuana with Prop. 207 in 2020.",
         [("Prop. 207", "state:az:bill:prop207", "Smart and Safe Arizona Act")]),
        # a measure the table does not know keeps its state and number
        ("Colorado lawmakers put Proposition 118 on the ballot last year.",
         [("Proposition 118", "state:co:bill:prop118", "Colorado Proposition 118")]),
    ],
)  # fmt: skip
def test_a_proposition_is_its_states_measure(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert statutes(text) == expected


def test_later_short_forms_and_the_law_are_the_same_measure() -> None:
    # the shape of a wire story on the ruling that upheld Proposition 22 (2024)
    text = (
        "SACRAMENTO, California — The California Supreme Court upheld Proposition 22, the "
        "ballot initiative aimed at reclassifying gig workers.\n"
        "The companies spent more than $200 million passing Prop 22. The law, which passed "
        "with 58 percent of the vote, keeps drivers as contractors."
    )
    found = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2024-07-26")]
    assert ("Proposition 22", "state:ca:bill:prop22", False) in found
    assert ("Prop 22", "state:ca:bill:prop22", False) in found
    assert ("The law", "state:ca:bill:prop22", True) in found
    # the ruling's clause stops before the measure it upheld
    assert all(m.kind != "ruling" or "Proposition" not in m.text for m in mentions(text))


def test_a_propositions_number_names_the_measure_of_the_articles_years() -> None:
    # California's Proposition 22 of 2020 (gig drivers) is not the one of 2000
    text = "California voters approved Proposition 22 by a wide margin."
    assert statutes(text, "2021-02-01")[0][2] == "Protect App-Based Drivers and Services Act"
    assert statutes(text, "2000-03-08")[0][2] == "California Proposition 22"
    # no date: the latest year the text prints stands for it
    assert statutes(text, None)[0][2] == "California Proposition 22"
    dated = "California voters approved Proposition 22 in 2020. Drivers sued in 2021."
    assert statutes(dated, None)[0][2] == "Protect App-Based Drivers and Services Act"
    old = "In March 2000, California voters approved Proposition 22."
    assert statutes(old, None)[0][2] == "California Proposition 22"


@pytest.mark.parametrize(
    "text",
    [
        # no state anywhere: a proposition in logic, or a number we cannot place
        "Proposition 3 follows from the lemma above.",
        "Voters approved Proposition 1 on Tuesday.",
        # the word must start there
        "A ReProp 22 form is not a measure.",
    ],
)
def test_a_proposition_without_a_state_is_nothing(text: str) -> None:
    assert statutes(text) == []


def test_a_list_of_bills_under_a_story_about_one_state() -> None:
    # a TV station's "laws taking effect July 1" list: the state is named once, in passing
    text = (
        "On Monday, more than 150 bills signed by the governor will go into effect.\n"
        "The law banning children under 14 in Florida from having social media accounts "
        "will not go in effect until Jan. 1, 2025.\n"
        "HB 931: Authorizes school districts to allow volunteer school chaplains.\n"
        "SB 1264: Adds the history of communism to required instruction in public schools."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2024-07-01") if not m.anaphor]
    assert ("HB 931", "state:fl:bill:hb931") in found
    assert ("SB 1264", "state:fl:bill:sb1264") in found


def test_a_session_law_line_names_the_state_of_the_bill_list() -> None:
    text = (
        "Gov. Scott Walker signed 30 bills into law this morning in the Capitol.\n"
        "  • Senate Bill 32, providing schools with additional flexibility. [SB 32 was signed "
        "into law as 2015 Wisconsin Act 53.];\n"
        "  • Assembly Bill 56, requiring the Board of Regents to submit an annual report."
    )
    found = {(m.text, m.authority) for m in mentions(text, "2015-07-01")}
    assert {
        ("Senate Bill 32", "state:wi:bill:sb32"),
        ("SB 32", "state:wi:bill:sb32"),
        ("Assembly Bill 56", "state:wi:bill:ab56"),
    } <= found


@pytest.mark.parametrize(
    "text",
    [
        # two states, or the capital and a state: whose bill?
        "Texas and Florida both passed laws this year. HB 931 drew the most protest.",
        "Lawmakers in Washington debated House Bill 1 while Texas watched.",
        # a sentence about Congress keeps a passing state's name off the bill
        "Ohio is watching. In Congress, sponsors of SB 12 want a vote in June.",
    ],
)
def test_a_passing_state_needs_to_be_the_only_one(text: str) -> None:
    assert [m for m in mentions(text, "2024-07-01") if m.matcher == "state_laws"] == []


def test_the_state_law_known_as_is_the_law_it_names() -> None:
    text = (
        "Voters approved Prop 22 in California in 2020. Prop 22 came in response to the state "
        "law known as AB5."
    )
    refs = [m for m in mentions(text, "2024-07-26") if m.text == "the state law"]
    assert [m.authority for m in refs] in ([], ["state:ca:bill:ab5"])


def test_a_code_section_named_without_its_state_is_the_articles_state() -> None:
    # a California law firm's client alert: the codes are named by subject only
    text = (
        "The following summarizes changes in California law for the annual notice.\n"
        "Senate Bill (SB) 455 amended Education Code section 48204.3 to allow military "
        "families to enroll their children. Assembly Bill (AB) 365 amended Education Code "
        "sections 51225.1 and 51225.2. (Ed. Code, §§ 48204.3, 48980, subd. (h).)"
    )
    found = [(m.text, m.authority) for m in mentions(text, "2018-03-01") if m.kind == "statute"]
    assert ("Education Code section 48204.3", "state:ca:edc:48204.3") in found
    assert ("Education Code sections 51225.1", "state:ca:edc:51225.1") in found
    assert ("51225.2", "state:ca:edc:51225.2") in found
    assert ("Ed. Code, §§ 48204.3", "state:ca:edc:48204.3") in found
    assert ("48980", "state:ca:edc:48980") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Texas lawmakers changed the state's Penal Code Section 42.07 this year.",
         ("Penal Code Section 42.07", "state:tx:penal:42.07")),
        ("A California court dismissed the suit under Code of Civil Procedure section 425.16.",
         ("Code of Civil Procedure section 425.16", "state:ca:ccp:425.16")),
        # the state named with the code stays the citation pass's, with the same id
        ("Prosecutors charged him under California Education Code section 48900.",
         ("California Education Code section 48900", "state:ca:edc:48900")),
    ],
)  # fmt: skip
def test_code_sections_of_the_states_that_name_codes_by_subject(
    text: str, expected: tuple[str, str]
) -> None:
    found = [(m.text, m.authority) for m in mentions(text, "2024-01-01") if m.kind == "statute"]
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        # no state: "state and federal laws" names none
        "Consistent with Education Code section 48980 and other state and federal laws.",
        # Ohio has no "Penal Code": no section we can name
        "An Ohio man was charged under Penal Code section 187, the prosecutor said in Ohio.",
    ],
)
def test_a_code_section_needs_a_state_with_that_code(text: str) -> None:
    assert [m for m in mentions(text, "2024-01-01") if m.matcher == "state_laws"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Georgia newsletter quotes its constitution, sections in roman numerals too
        ("“All bills … shall become law if approved.”\nThe Constitution of the State of "
         "Georgia, Article III, Section V, Paragraph XIII",
         ("The Constitution of the State of Georgia, Article III, Section V",
          "state:ga:const:3-5")),
        ("The suit cites the Constitution of Texas, Article I, Section 8.",
         ("the Constitution of Texas, Article I, Section 8", "state:tx:const:1-8")),
    ],
)  # fmt: skip
def test_the_constitution_of_the_state_of_x_article_is_the_states(
    text: str, expected: tuple[str, str]
) -> None:
    found = [(m.text, m.authority) for m in mentions(text, "2019-05-01")]
    assert expected in found
    assert not [m for m in mentions(text, "2019-05-01") if m.authority == "const:article:3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A federal judge tossed a challenge to Florida's Parental Rights in Education law.",
         ("Florida's Parental Rights in Education law",
          "Florida Parental Rights in Education Law")),
        ("Credit One violated California's Unfair Competition Law, the lawsuit says.",
         ("California's Unfair Competition Law", "California Unfair Competition Law")),
    ],
)  # fmt: skip
def test_a_states_law_by_its_title_and_the_word_law(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.name) for m in mentions(text) if m.kind == "statute"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Florida's Republican Governor signed the law.",
        "Texas' new immigration law took effect.",
        "Ohio's Supreme Court law clerks met.",
    ],
)
def test_a_states_words_before_law_that_are_no_title(text: str) -> None:
    assert [m for m in mentions(text) if (m.name or "").endswith(" Law")] == []


def test_following_the_law_refers_to_no_law() -> None:
    text = (
        "A judge tossed a challenge to Florida's Parental Rights in Education law. The law "
        "bans instruction on gender identity.\nIn Boston, a judge dismissed Mexico's suit: "
        "\u201cthe court is duty bound to follow the law,\u201d he wrote."
    )
    refs = [m.text for m in mentions(text) if m.anaphor]
    assert refs == ["The law"]


def test_a_nickname_in_quotes_is_the_one_state_law_the_article_names() -> None:
    # the shape of a CBS Texas story: the nickname first, the bill number later
    text = (
        "Texas enacts controversial \u201cbathroom bill\u201d into law\n\n"
        "Gov. Greg Abbott signed the so-called \u201cbathroom bill\u201d on Monday.\n\n"
        "On Monday, Abbott signed Senate Bill 8 into law."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2025-09-20") if m.kind == "statute"]
    assert ("\u201cbathroom bill\u201d", "state:tx:bill:sb8") in found
    assert ("the so-called \u201cbathroom bill\u201d", "state:tx:bill:sb8") in found


@pytest.mark.parametrize(
    "text",
    [
        # a roundup of many laws: the nickname may be another one's
        "More than 200 laws took effect in Florida. One of these laws, dubbed the \u201cdon't say "
        "period\u201d bill by critics, limits lessons. Florida's Heartbeat Protection Act took "
        "effect too.",
        # two state laws named: which one?
        "Texas passed Senate Bill 8 and House Bill 2127. Critics call it the "
        "\u201cdeath star\u201d law.",
    ],
)
def test_a_nickname_needs_one_law_and_no_roundup(text: str) -> None:
    assert not [m for m in mentions(text, "2023-07-01") if "\u201d" in m.text]


def test_a_nickname_in_apposition_to_the_name_is_no_mention_of_its_own() -> None:
    text = (
        "The state of Mississippi asks the court to uphold House Bill (HB) 1126, an "
        "\u201cI.D.-for-Speech\u201d law, as its critics characterize it."
    )
    assert [m.text for m in mentions(text, "2025-08-01") if m.kind == "statute"] == [
        "House Bill (HB) 1126"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Florida voters rejected Amendment 4, which would have protected abortion rights.",
         ("Amendment 4", "state:fl:bill:amendment4")),
        # (an adopted measure the table knows is the section it made: ``ballot_measures.csv``)
        ("Missouri's Amendment 3 restored abortion rights in the state.",
         ("Amendment 3", "state:mo:const:1-36")),
        ("Ohio voters approved Issue 1 in November.", ("Issue 1", "state:oh:bill:issue1")),
        ("Michigan's Proposal 3 added reproductive freedom to the state constitution.",
         ("Proposal 3", "state:mi:const:1-28")),
        ("Oregon's Measure 110 decriminalized drug possession.",
         ("Measure 110", "state:or:bill:measure110")),
        ("Massachusetts voters approved Question 4 to legalize psychedelics.",
         ("Question 4", "state:ma:bill:question4")),
    ],
)  # fmt: skip
def test_other_states_ballot_measures_by_number(text: str, expected: tuple[str, str]) -> None:
    found = [
        (m.text, m.authority)
        for m in mentions(text, "2024-11-10")
        if m.kind == "statute" or (m.kind == "constitution" and m.authority)
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The First Amendment protects speech. Amendment 4 of the bylaws is void.",
        "Question 4 on the quiz asked about Texas.",
        "In Texas, voters asked about Issue 2 of the magazine.",
        "Texas voters cheered when Act 5 of the play began.",
        # the Fourth Amendment is never a state's measure
        "The Fourth Amendment bars unreasonable searches, Ohio voters were told.",
    ],
)
def test_common_words_with_a_number_need_their_state(text: str) -> None:
    assert [m for m in mentions(text, "2024-11-10") if m.matcher == "state_laws"] == []


def test_a_proposition_by_a_passing_state_needs_a_ballot() -> None:
    # a mathematics story from Texas: no voters, ballot, initiative or referendum
    text = (
        "AUSTIN, Texas — A University of Texas team proved a new result.\n"
        "Proposition 3 follows from the lemma, the paper says."
    )
    assert [m for m in mentions(text, "2024-01-01") if m.matcher == "state_laws"] == []
    ballot = text.replace("the paper says", "the voters' guide says")
    assert [m.authority for m in mentions(ballot, "2024-01-01") if m.matcher == "state_laws"] == [
        "state:tx:bill:prop3"
    ]


def test_a_ban_told_before_a_ballot_measure_is_not_the_measure() -> None:
    # the shape of an AP story on the Florida Supreme Court's twin rulings (audit of fresh
    # pages, eleventh session): the bans are two statutes, Amendment 4 the measure against them
    text = (
        "Once Florida's six-week ban goes into effect on May 1, clinics will close. The "
        "state's 15-week ban was signed into law in 2022. The court also let Florida voters "
        "decide a ballot measure, Amendment 4, in November."
    )
    found = {m.text: m.authority for m in mentions(text, "2024-04-01")}
    assert found.get("Amendment 4") == "state:fl:bill:amendment4"
    assert "Florida's six-week ban" not in found
    assert "state's 15-week ban" not in " ".join(found)
