"""Informal mentions in real news sentences: acts by name, the Constitution in prose, cases,
back-references — and the near misses that must stay plain text."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str) -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in mentions(text)}


ACTS = [
    (
        "Trump says he could invoke the rarely used Insurrection Act to force deployments.",
        "Insurrection Act",
        "usc:10:251-255",
    ),
    ("violated the 1878 Posse Comitatus Act.", "1878 Posse Comitatus Act", "usc:18:1385"),
    (
        "The Posse Comitatus Act of 1878, a post-Reconstruction law, bars it.",
        "Posse Comitatus Act of 1878",
        "usc:18:1385",
    ),
    ("the Insurrection Act's broad language", "Insurrection Act", "usc:10:251-255"),
]


@pytest.mark.parametrize(("sentence", "surface", "authority"), ACTS)
def test_acts_by_name(sentence: str, surface: str, authority: str) -> None:
    assert (surface, authority) in found(sentence)


CONSTITUTION = [
    (
        "violates the Citizenship Clause of the 14th Amendment.",
        "the Citizenship Clause of the 14th Amendment",
        "const:amendment:14:section:1",
    ),
    (
        "under the Fourteenth Amendment's equal protection clause",
        "Fourteenth Amendment's equal protection clause",
        "const:amendment:14:section:1",
    ),
    ("a broad view of Second Amendment rights", "Second Amendment", "const:amendment:2"),
    ("protected by the 1st Amendment", "1st Amendment", "const:amendment:1"),
    ("the president's powers under Article II", "Article II", "const:article:2"),
    (
        "Article II, Section 1 vests the executive power",
        "Article II, Section 1",
        "const:article:2:section:1",
    ),
    (
        "Congress's power under the commerce clause",
        "the commerce clause",
        "const:article:1:section:8",
    ),
    (
        "a claim under the Fifth Amendment's takings clause",
        "Fifth Amendment's takings clause",
        "const:amendment:5",
    ),
    # the due process clause has two homes; the amendment named with it decides
    (
        "The 14th Amendment's due process clause protects rights not listed.",
        "14th Amendment's due process clause",
        "const:amendment:14:section:1",
    ),
    (
        "The Fifth Amendment's due process clause binds the federal government.",
        "Fifth Amendment's due process clause",
        "const:amendment:5",
    ),
    (
        "It violates the 14th Amendment's due process and equal protection clauses.",
        "14th Amendment's due process and equal protection clauses",
        "const:amendment:14:section:1",
    ),
]


def test_the_due_process_clause_alone_is_not_linked() -> None:
    # the Fifth's or the Fourteenth's: a wrong link is worse than none
    assert found("The due process clause protects unenumerated rights.") == set()


def test_the_due_process_clause_takes_the_one_amendment_its_discourse_names() -> None:
    text = (
        "The detainees cited the Fifth Amendment. The judge agreed that the due process clause "
        "requires notice before removal."
    )
    assert ("the due process clause", "const:amendment:5") in found(text)
    state = (
        "The law treats families unequally, the suit says, under the 14th Amendment's equal "
        "protection clause and the due process clause."
    )
    assert ("the due process clause", "const:amendment:14:section:1") in found(state)
    # both amendments named: still a wrong link waiting to happen, so none
    both = "The Fifth and 14th Amendments differ. The due process clause is in each."
    assert not any(t == "The due process clause" for t, _a in found(both))


def test_a_list_of_amendments_links_each_one() -> None:
    got = found("The suit claims violations of the First and Fourteenth Amendments.")
    assert ("First", "const:amendment:1") in got
    assert ("Fourteenth Amendments", "const:amendment:14") in got
    got = found("They invoked the Fourth, Fifth and 14th Amendments.")
    assert {a for _t, a in got} >= {
        "const:amendment:4",
        "const:amendment:5",
        "const:amendment:14",
    }
    assert found("The first and second amendments to the bill failed.") == set()


def test_a_state_constitutions_clause_is_not_the_federal_one() -> None:
    for sentence in (
        "The map violated the free and equal elections clause of the state constitution.",
        "It breached the Elections Clause of the Pennsylvania Constitution, the court held.",
    ):
        assert all(a != "const:article:1:section:4" for _t, a in found(sentence)), sentence
    assert ("The Elections Clause", "const:article:1:section:4") in found(
        "The Elections Clause of the U.S. Constitution lets legislatures set the rules."
    )


@pytest.mark.parametrize(("sentence", "surface", "authority"), CONSTITUTION)
def test_constitution_in_prose(sentence: str, surface: str, authority: str) -> None:
    assert (surface, authority) in found(sentence)


NEAR_MISSES = [
    "The coach read the Riot Act to his players after the loss.",
    "It would take an act of Congress to change that.",
    "Article 5 of the NATO treaty commits members to mutual defense.",
    "The first amendment to the bill failed on a voice vote.",
    "No one is above the law, the senator said.",
    "Law enforcement officers arrived; the law firm declined to comment.",
    "She was caught in the act by a security camera.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_stay_plain(sentence: str) -> None:
    assert mentions(sentence) == []


def test_case_name_with_docket_and_court() -> None:
    text = (
        "Newsom et al. v. Trump et al., 25-cv-04870 (N.D. Cal., filed June 9, 2025). "
        "In Trump v. CASA, the court limited universal injunctions."
    )
    ms = mentions(text)
    newsom = next(m for m in ms if m.name == "Newsom v. Trump")
    assert newsom.text.endswith("2025)") and newsom.court == "cand"
    assert any(m.name == "Trump v. CASA, Inc." and m.text == "Trump v. CASA" for m in ms)


def test_anaphora_join_the_nearest_act() -> None:
    text = (
        "The Supreme Court let Trump use the Posse Comitatus Act exception. "
        "Critics say the law was never meant for this, and the act is old."
    )
    ms = mentions(text)
    back = [m for m in ms if m.anaphor]
    assert {m.text for m in back} == {"the law", "the act"}
    assert all(m.authority == "usc:18:1385" for m in back)


def test_anaphora_left_alone_when_ambiguous() -> None:
    text = (
        "Lawyers cited the Insurrection Act and the Posse Comitatus Act in the filing. "
        "The act, they said, does not apply."
    )
    assert not [m for m in mentions(text) if m.anaphor]


def _backrefs(text: str, date: str | None = "2025-04-11") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.anaphor]


def test_the_law_in_the_sentence_of_one_act_is_that_act() -> None:
    # An act the article names more often does not win over the one in the phrase's sentence.
    text = (
        "The Clean Air Act sets limits. Under the Clean Air Act, states write plans. "
        "Separately, the Supreme Court narrowed the Computer Fraud and Abuse Act in Van Buren, "
        "ruling that the anti-hacking law does not cover misuse of access."
    )
    assert _backrefs(text) == [("the anti-hacking law", "usc:18:1030")]


def test_the_proclamation_is_a_proclamation_and_the_order_an_order() -> None:
    text = (
        "Trump signed Executive Order 14151 on DEI. He also invoked the Alien Enemies Act in "
        "Proclamation 10903. The proclamation has been challenged. Importers challenged "
        "Executive Order 14257, arguing the order exceeded IEEPA."
    )
    assert _backrefs(text) == [("The proclamation", "proc:10903"), ("the order", "eo:14257")]


def test_a_back_reference_with_a_citation_in_apposition_is_that_citation() -> None:
    text = (
        "The Immigration and Nationality Act governs visas. Under the statute, 8 U.S.C. "
        "1182(a)(4), consular officers may deny visas to likely public charges."
    )
    assert _backrefs(text) == [("the statute", "usc:8:1182")]


def test_a_name_in_apposition_with_a_bill_number_is_that_bill() -> None:
    text = (
        "House Republicans passed a bill, H.R. 2, the Secure the Border Act, on Thursday, but "
        "the measure has no chance in the Senate."
    )
    got = {(m.text, m.kind, m.authority) for m in mentions(text, "2023-05-11")}
    assert got == {
        ("a bill", "bill", "bill:118:hr:2"),  # passed a bill: the one numbered beside it
        ("H.R. 2", "bill", "bill:118:hr:2"),
        ("Secure the Border Act", "bill", "bill:118:hr:2"),
        ("the measure", "bill", "bill:118:hr:2"),
    }


def test_an_unknown_act_the_text_calls_a_bill_is_a_bill_without_an_id() -> None:
    text = (
        "A bill introduced by Rep. Gerry Connolly, the Saving the Civil Service Act, would "
        "block the change."
    )
    got = [(m.text, m.kind, m.authority) for m in mentions(text, "2025-02-01")]
    assert got == [("Saving the Civil Service Act", "bill", None)]


def test_an_unknown_act_signed_into_law_stays_a_statute() -> None:
    text = "The Rural Broadband Expansion Act, signed in April, funds new towers."
    assert [(m.kind, m.authority) for m in mentions(text, "2025-06-01")] == [("statute", None)]


def test_anaphora_needs_an_antecedent() -> None:
    assert mentions("The law is clear, the mayor said, and the order stands.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Lawyers met in Los Angeles. Smith v. Jones was argued in May.", "Smith v. Jones"),
        ("Doe v. U.S. Dept. of State was heard on Monday.", "Doe v. U.S. Dept. of State"),
        (
            "In Trump v. Illinois, the administration asked the justices to act.",
            "Trump v. Illinois",
        ),
    ],
)
def test_case_names_stop_at_sentence_ends(sentence: str, name: str) -> None:
    assert name in {m.name for m in mentions(sentence) if m.kind == "case"}


def test_section_of_an_act_named_earlier() -> None:
    text = (
        "The House voted to renew FISA Section 702 on Friday. Section 702 lets agencies "
        "collect the communications of foreigners abroad."
    )
    found = {(m.text, m.authority) for m in mentions(text)}
    assert ("FISA Section 702", "usc:50:1881a") in found
    assert ("Section 702", "usc:50:1881a") in found


def test_bare_section_without_its_act_stays_plain() -> None:
    assert mentions("Section 702 of the contract was disputed by the parties.") == []


def test_title_42_policy_but_not_the_code_title() -> None:
    policy = mentions("A judge blocked the end of Title 42 on Friday.")
    assert ("Title 42", "usc:42:265") in {(m.text, m.authority) for m in policy}
    code = mentions("Title 42 of the U.S. Code covers public health and welfare.")
    assert not any(m.text == "Title 42" for m in code)


def test_unknown_act_is_named_but_not_given_an_id() -> None:
    from conftest import article
    from linker.pipeline import scan_article

    text = "Lawmakers introduced the Stop Harmful Algorithms for Kids Online Act on Tuesday."
    (m,) = [m for m in scan_article(article(text)).mentions if m.kind in ("statute", "bill")]
    assert m.text == "Stop Harmful Algorithms for Kids Online Act"
    assert m.kind == "bill"  # introduced: not law yet
    assert m.authority is None and m.name == m.text and m.url and "congress.gov" in m.url


@pytest.mark.parametrize(
    "sentence",
    [
        "The Higher Education Relief Opportunities for Students Act lets the secretary act.",
        "The Illinois Way Forward Act limits police cooperation with ICE.",
    ],
)
def test_state_acts_and_the_verb_act_are_not_federal_mentions(sentence: str) -> None:
    found = mentions(sentence)
    assert not [m for m in found if m.anaphor]  # "lets the secretary act" is a verb
    assert not [m for m in found if m.url and "congress.gov" in m.url]
    state = [m for m in found if m.authority is None]
    assert all(m.name and m.name.startswith("Illinois") for m in state)


def test_a_states_own_civil_rights_act_is_the_states_law() -> None:
    (m,) = mentions("The Illinois Civil Rights Act of 2003 was cited by the plaintiffs.")
    assert (m.kind, m.authority, m.name) == ("statute", None, "Illinois Civil Rights Act of 2003")
    assert m.url is None  # never the federal Civil Rights Act, never a congress.gov search


def test_capitalised_the_act_refers_back() -> None:
    text = (
        "Congress passed the Protecting Americans from Foreign Adversary Controlled "
        "Applications Act in April. The Act gives ByteDance nine months to sell."
    )
    back = [m for m in mentions(text) if m.anaphor]
    assert [(m.text, m.authority) for m in back] == [("The Act", "publ:118-50")]


def test_misprinted_name_of_a_known_act_still_links() -> None:
    text = "The Higher Education Relief Opportunities for Student Act of 2003 was cited."
    (m,) = mentions(text)
    assert m.authority == "publ:108-76"


def test_an_acts_court_is_not_the_act() -> None:
    assert mentions("The warrants came from the FISA court in secret.") == []
    assert [m.authority for m in mentions("Congress renewed FISA in April.")] == ["usc:50:1801"]


@pytest.mark.parametrize(
    ("sentence", "surface", "authority"),
    [
        (
            "The ruling ends the Chevron doctrine, which told judges to defer.",
            "the Chevron doctrine",
            "cite:467:us:837",
        ),
        ("Since Dobbs, states have passed new limits.", "Dobbs", "cite:597:us:215"),
        ("The justices overturned Roe v. Wade in 2022.", "Roe v. Wade", "cite:410:us:113"),
    ],
)
def test_landmark_cases_by_name(sentence: str, surface: str, authority: str) -> None:
    assert (surface, authority) in {(m.text, m.authority) for m in mentions(sentence)}


def test_a_short_name_alone_without_context_is_not_a_case() -> None:
    assert mentions("Brown said the budget would pass.") == []


def test_the_majority_opinion_is_the_decision_just_discussed() -> None:
    text = (
        "The ruling in Dobbs v. Jackson Women's Health Organization overturned Roe v. Wade. "
        "With the Dobbs decision, states set their own rules. The majority opinion, written by "
        "Justice Samuel Alito, said the Constitution makes no reference to abortion."
    )
    (back,) = [m for m in mentions(text) if m.anaphor and m.kind == "case"]
    assert back.text == "The majority opinion" and back.authority == "cite:597:us:215"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("The Court relied on Boy Scouts of America v. Dale. In Dale, the Court sided with the "
         "Scouts.", "Dale", "Boy Scouts of America v. Dale"),
        ("Gonzalez v. Google LLC asked about algorithms. The Gonzalez opinion remains "
         "perplexing.", "The Gonzalez opinion", "Gonzalez v. Google LLC"),
        ("They cited New York State Rifle and Pistol Association v. Bruen. That ruling set a "
         "test.", "New York State Rifle and Pistol Association v. Bruen",
         "New York State Rifle & Pistol Association, Inc. v. Bruen"),
        ("The Supreme Court ruled Friday in 303 Creative LLC v. Elenis that she may refuse.",
         "303 Creative LLC v. Elenis", "303 Creative LLC v. Elenis"),
    ],
)  # fmt: skip
def test_case_names_and_their_short_forms(text: str, surface: str, name: str) -> None:
    assert (surface, name) in {(m.text, m.name) for m in mentions(text) if m.kind == "case"}


def test_a_party_name_without_case_context_is_a_person() -> None:
    text = "Gonzalez v. Google LLC asked about algorithms. Mr. Gonzalez said he was sad."
    assert [m.text for m in mentions(text) if m.kind == "case"] == ["Gonzalez v. Google LLC"]


@pytest.mark.parametrize(
    ("sentence", "surface", "authority"),
    [
        ("The court barred him under Section 3 of the 14th Amendment.",
         "Section 3 of the 14th Amendment", "const:amendment:14:section:3"),
        ("It invoked the Fourteenth Amendment's Section 5 power.",
         "Fourteenth Amendment's Section 5", "const:amendment:14:section:5"),
        ("Under § 10(j) of the National Labor Relations Act, the board sued.",
         "§ 10(j) of the National Labor Relations Act", "usc:29:160"),
    ],
)  # fmt: skip
def test_sections_of_amendments_and_acts(sentence: str, surface: str, authority: str) -> None:
    assert (surface, authority) in {(m.text, m.authority) for m in mentions(sentence)}


NEWS_WITHOUT_LAW = """The Senate Finance Committee met on Tuesday. Chairman Mike Crapo said \
the committee would act quickly on the president's nominees. The order of business was set by \
the majority leader.
At the Supreme Court Historical Society dinner, guests discussed the court's architecture. The \
judge of the baking contest said the decision was tough. The umpire ruled the ball out.
Apple sold 5 million phones, and Title 9 of the company's handbook covers leave. The bill for \
dinner came to $250. She moved to 42 Wallaby Way.
The mayor signed an order closing Main Street for the parade. In the first act of the play, the \
lead forgot her lines. The state's energy plan requires carbon-free power by 2040.
The rule of thumb is to save 20 percent, and the amendment to the budget passed 7-2.
"""


def test_ordinary_news_without_federal_law_stays_plain() -> None:
    assert [(m.text, m.kind) for m in mentions(NEWS_WITHOUT_LAW)] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("3 In Smith v. Department of Labor, the court blocked the rule.",
         "Smith v. Department of Labor"),
        # (a caption no lawsuits row holds: a row's own is emitted as the row spells it)
        ("The court decided Hollis v. Montana lawsuit claims last year.", "Hollis v. Montana"),
        ("The case is Washington v. Trump.", "Washington v. Trump"),
        ("The justices heard Students for Fair Admissions v. Harvard and SFFA v. University "
         "of North Carolina together.", "Students for Fair Admissions v. Harvard"),
        ("The justices heard Students for Fair Admissions v. Harvard and SFFA v. University "
         "of North Carolina together.", "SFFA v. University of North Carolina"),
    ],
)  # fmt: skip
def test_caption_boundaries(sentence: str, name: str) -> None:
    assert name in {m.name for m in mentions(sentence) if m.kind == "case"}


def test_a_federal_indictment_is_the_case_united_states_v_defendant() -> None:
    text = (
        "Senator Bob Menendez’s indictment by a federal grand jury in Manhattan lists bribery "
        "counts. Lawyers said the Menendez indictment was thin, and the indictment runs 39 pages."
    )
    cases = [(m.text, m.name, m.anaphor) for m in mentions(text) if m.kind == "case"]
    assert cases == [
        ("indictment by a federal grand jury in Manhattan", "United States v. Menendez", False),
        ("the Menendez indictment", "United States v. Menendez", True),
        ("the indictment", "United States v. Menendez", True),
    ]


def test_a_state_indictment_is_not_given_a_federal_caption() -> None:
    text = "A Georgia grand jury indicted Trump in August; the indictment names 18 others."
    assert not [m for m in mentions(text) if m.kind == "case"]


def test_the_case_refers_back_only_to_a_case_that_leads() -> None:
    one = (
        "The justices heard Garland v. Cargill on Wednesday. The case asks whether a bump "
        "stock turns a rifle into a machine gun."
    )
    assert [(m.text, m.name) for m in mentions(one) if m.anaphor] == [
        ("The case", "Garland v. Cargill")
    ]
    several = (
        "In Ohio v. EPA the court paused the plan. It cited West Virginia v. EPA and, in "
        "2023, Sackett v. EPA. The court agreed to expedite consideration of the case."
    )
    assert not [m for m in mentions(several) if m.anaphor and m.kind == "case"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Garland v. Cargill was argued. That is the case for many gun laws, he said.",
        "Garland v. Cargill was argued. The case for the ban rests on the statute's text.",
        "Garland v. Cargill was argued. In this case, nobody expected a quick ruling.",
        "Garland v. Cargill was argued. Gorsuch cited the case Boy Scouts of America v. Dale.",
    ],
)
def test_the_case_idioms_are_not_back_references(sentence: str) -> None:
    assert not [m for m in mentions(sentence) if m.anaphor]


def test_the_law_after_an_unnamed_new_law_is_not_an_earlier_act() -> None:
    text = (
        "The Supreme Court will hear a case that could weaken the Voting Rights Act.\n\n"
        "The Justice Department sued California over its new law banning masked agents, "
        "arguing that the statute violates the Supremacy Clause."
    )
    # (the new law is California's, told by what it bans since the sixteenth session: "the
    # statute" is that law, never the Voting Rights Act)
    back = [m.authority for m in mentions(text, "2025-09-30") if m.anaphor]
    assert back in ([], ["state:ca:bill:sb627"])
    named = "The Voting Rights Act was renewed in 2006, and the statute still protects voters."
    assert [m.text for m in mentions(named) if m.anaphor] == ["the statute"]


def test_the_provision_refers_back_to_a_section_not_a_whole_act() -> None:
    text = (
        "Under Section 230 of the Communications Decency Act, platforms are not liable for "
        "what users post. Lawmakers have proposed repealing the provision."
    )
    assert [(m.text, m.authority) for m in mentions(text) if m.anaphor] == [
        ("the provision", "usc:47:230")
    ]
    whole = "The Affordable Care Act survived again. Critics attacked the provision on Monday."
    assert not [m for m in mentions(whole) if m.anaphor]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The ruling relied heavily on Loper Bright, last year's decision that ended "
         "deference.", "Loper Bright Enterprises v. Raimondo"),
        ("Lawyers also pointed to Korematsu, which the court repudiated in 2018.",
         "Korematsu v. United States"),
        ("The appeals court applied Bruen to the state's gun law.",
         "New York State Rifle & Pistol Association, Inc. v. Bruen"),
    ],
)  # fmt: skip
def test_short_case_names_in_more_legal_contexts(sentence: str, name: str) -> None:
    assert name in {m.name for m in mentions(sentence) if m.kind == "case"}


def test_a_short_case_name_that_is_also_a_person_needs_legal_context() -> None:
    assert not [m for m in mentions("She pointed to Casey, her sister, in the crowd.")]


def test_section_1983_is_the_code_section_news_names_it_by() -> None:
    sued = "The officers were sued under Section 1983 for excessive force."
    assert [(m.text, m.authority) for m in mentions(sued)] == [("Section 1983", "usc:42:1983")]
    assert not mentions("Section 1983 of the tax code was amended.")


def test_the_measure_in_its_own_paragraph_refers_to_the_law_of_that_paragraph() -> None:
    text = (
        "The EPA said the Clean Air Act does not let it regulate greenhouse gases.\n\n"
        "California lawmakers approved AB 1 on Thursday, and Gov. Gavin Newsom is expected "
        "to sign the measure."
    )
    assert [(m.text, m.name) for m in mentions(text, "2025-08-01") if m.anaphor] == [
        ("the measure", "California Assembly Bill 1")
    ]


def test_an_act_before_it_was_signed_is_still_its_bill() -> None:
    text = "The House voted 215-214 to pass the One Big Beautiful Bill Act. The bill now goes on."
    before = [(m.kind, m.authority) for m in mentions(text, "2025-05-22") if not m.anaphor]
    # long after the signing, the vote is the law's history: the law
    after = [(m.kind, m.authority) for m in mentions(text, "2026-01-22") if not m.anaphor]
    assert before == [("bill", "bill:119:hr:1")]
    assert after == [("statute", "publ:119-21")]
    assert [m.authority for m in mentions(text, "2025-05-22") if m.anaphor] == ["bill:119:hr:1"]


def test_the_day_of_signing_decides_within_its_month() -> None:
    # signed July 4, 2025: the Senate's vote on July 1 was still on the bill, and a report of
    # that vote is of the bill even the day after the signing (issue 13, point 6); an act
    # named without a step of its bill is the law from the day it was signed
    text = "Senate Republicans narrowly passed the One Big Beautiful Bill Act on Tuesday."
    on = {
        d: [(m.kind, m.authority) for m in mentions(text, d)] for d in ("2025-07-02", "2025-07-05")
    }
    assert on["2025-07-02"] == [("bill", "bill:119:hr:1")]
    assert on["2025-07-05"] == [("bill", "bill:119:hr:1")]
    text = "The One Big Beautiful Bill Act cuts Medicaid."
    on = {
        d: [(m.kind, m.authority) for m in mentions(text, d)] for d in ("2025-07-02", "2025-07-05")
    }
    assert on["2025-07-02"] == [("bill", "bill:119:hr:1")]
    assert on["2025-07-05"] == [("statute", "publ:119-21")]


def test_her_lawsuit_refers_back_to_the_case_named_before() -> None:
    text = (
        "The Supreme Court will hear Trump v. Cook in January. Lower courts have barred Trump "
        "from removing Lisa Cook while her lawsuit proceeds."
    )
    assert [(m.text, m.name) for m in mentions(text, "2025-10-02") if m.anaphor] == [
        ("her lawsuit", "Trump v. Cook")
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # the party himself, not the case
            "Chief Justice John Roberts wrote for the majority in United States v. Rahimi. "
            "Zackey Rahimi, who was charged after a string of shootings, had argued otherwise.",
            ["United States v. Rahimi"],
        ),
        (  # the group and the university, not the case
            "The justices ruled in Students for Fair Admissions v. Harvard. The challenge was "
            "brought by Students for Fair Admissions, and the 1st Circuit had upheld Harvard's "
            "program in 2020.",
            ["Students for Fair Admissions v. Harvard"],
        ),
        (  # the short name used as the case is still the case
            "The court decided New York State Rifle & Pistol Association v. Bruen in 2022. "
            "Bruen had required a historical analogue, and lower courts applied Bruen's test.",
            ["New York State Rifle & Pistol Association v. Bruen", "Bruen", "Bruen"],
        ),
    ],
)
def test_a_partys_own_name_is_not_the_case(text: str, kept: list[str]) -> None:
    assert [m.text for m in mentions(text, "2024-06-21") if m.kind == "case"] == kept


def test_the_case_is_the_one_the_ruling_decided_not_the_precedent_it_overruled() -> None:
    text = (
        "The justices ruled 6-3 in Loper Bright Enterprises v. Raimondo that Chevron "
        "deference, named for Chevron U.S.A. v. Natural Resources Defense Council, must go. "
        '"Chevron is overruled," the chief justice wrote. The case was brought by herring '
        "fishermen."
    )
    assert _backrefs(text, "2024-06-28") == [("The case", "cite:603:us:369")]


def test_the_case_after_an_unnamed_suit_is_not_the_precedent_it_cites() -> None:
    text = (
        "A federal jury in Manhattan rejected Sarah Palin's defamation lawsuit against The New "
        "York Times. Palin had to show actual malice under New York Times v. Sullivan. Her "
        "lawyers hope the case becomes a vehicle to overturn that precedent."
    )
    # never the precedent it cites; the suit itself when the lawsuits table holds it
    found = [m for m in mentions(text, "2022-02-15") if m.anaphor]
    assert all(m.authority != "cite:376:us:254" for m in found)
    assert all(m.name == "Palin v. The New York Times Company" for m in found)


def test_the_measure_may_be_a_rule() -> None:
    text = (
        "The Immigration and Nationality Act lets officials deny visas. The public charge rule "
        "took effect in 2020. Under the public charge rule, officials weigh benefits. Critics "
        "said the public charge rule would scare families. New York's attorney general called "
        "the measure a moral outrage."
    )
    assert _backrefs(text, "2020-03-01") == [("the measure", "fr:84:41292")]


def test_the_measure_after_a_resolution_under_an_act_is_not_the_act() -> None:
    text = (
        "Republicans passed a resolution under the Congressional Review Act to overturn the "
        "student loan plan, but Biden vetoed the measure."
    )
    assert [t for t, a in _backrefs(text, "2023-06-08") if a and a.startswith("usc")] == []


def test_the_law_an_article_is_about_beats_one_named_in_passing() -> None:
    text = (
        "The One Big Beautiful Bill Act cut Medicaid. Trump signed the One Big Beautiful Bill "
        "Act on July 4, and the law took effect at once.\n\n"
        "The law also adds work requirements for adults who gained coverage under the "
        "Affordable Care Act's expansion of the program.\n\n"
        "The budget office has estimated that the law's Medicaid changes will cost coverage."
    )
    assert [a for t, a in _backrefs(text, "2025-09-12")] == ["publ:119-21"] * 3


def test_a_lone_passing_mention_paragraphs_back_is_no_antecedent() -> None:
    filler = "Lawyers on both sides filed briefs over the summer and argued for hours. " * 22
    lead = (
        "The Supreme Court agreed on Friday to decide whether birthright citizenship holds. " * 12
    )
    text = (
        f"{lead}\n\nJustice Barrett said the injunctions exceeded what Congress allowed in the "
        f"Judiciary Act of 1789.\n\n{filler}\n\nOpponents say the statute guarantees citizenship."
    )
    assert _backrefs(text, "2025-12-05") == []


def test_the_bill_into_law_is_not_a_back_reference_to_a_law() -> None:
    text = "The One Big Beautiful Bill Act passed. Trump signed the bill into law on July 4."
    assert [t for t, _ in _backrefs(text, "2025-07-10")] == ["the bill"]


def test_a_state_named_in_a_caption_is_still_the_state() -> None:
    text = (
        "The justices decided Lawrence v. Texas and Trump v. Hawaii. In Texas, lawmakers met. "
        "Neal Katyal, who argued the case for Hawaii, spoke."
    )
    got = [m.text for m in mentions(text, "2018-06-26") if m.kind == "case" and not m.anaphor]
    assert got == ["Lawrence v. Texas", "Trump v. Hawaii"]


def test_the_order_in_which_is_no_back_reference() -> None:
    text = (
        "Trump signed Executive Order 14210 in February. Regulations set out the order in "
        "which employees may be released."
    )
    assert _backrefs(text, "2025-07-08") == []


def test_a_back_reference_with_a_modifier_and_a_citation_is_that_citation() -> None:
    text = (
        "The Federal Reserve Act protects governors. The statute governing the FTC, 15 U.S.C. "
        "§ 41, has not been amended."
    )
    assert _backrefs(text, "2025-12-08") == [("The statute", "usc:15:41")]


def test_another_countrys_act_is_not_linked_and_takes_its_back_references() -> None:
    text = (
        "The Communications Decency Act shields platforms. Britain's Online Safety Act took "
        "effect on Friday. The Act requires age checks, and Section 10 of the Online Safety Act "
        "sets fines. The European Union's Digital Services Act and the EU AI Act apply too."
    )
    assert [m.text for m in mentions(text, "2025-03-01")] == ["Communications Decency Act"]


def test_a_known_act_name_inside_a_longer_name_is_not_that_act() -> None:
    text = (
        "Illinois's Biometric Information Privacy Act and the Consumer Privacy Act differ. The "
        "Privacy Act of 1974 governs federal records, and Obama's Affordable Care Act survived."
    )
    got = {m.text: m.authority for m in mentions(text, "2025-03-01")}
    assert got["Privacy Act of 1974"] == "usc:5:552a"
    assert got["Affordable Care Act"] == "publ:111-148"
    assert "usc:5:552a" not in [got.get(k) for k in got if "Biometric" in k or "Consumer" in k]
    assert not any(k == "Privacy Act" for k in got)


def test_a_company_or_person_who_shares_a_cases_name_is_not_the_case() -> None:
    text = (
        "The Supreme Court decided Dobbs v. Jackson Women's Health Organization in 2022. Lou "
        "Dobbs died on Thursday. Dobbs was known for his commentary. The Dobbs show ran for "
        "years. Since Dobbs, states have banned abortion. The "
        "justices overruled Chevron U.S.A. v. Natural Resources Defense Council. Shares of "
        "Chevron fell 2 percent, and Chevron shares slipped again. Without Chevron deference, "
        "agencies must persuade judges. The court decided Obergefell v. Hodges. Obergefell, a "
        "Democrat, ran for office."
    )
    shorts = [
        m.text for m in mentions(text, "2024-03-01") if m.kind == "case" and " v. " not in m.text
    ]
    assert shorts == ["Dobbs", "Chevron"]  # "Since Dobbs", "Without Chevron deference"


@pytest.mark.parametrize(
    "sentence",
    [
        "The claim rests on the state constitution's free and equal elections clause.",
        "Article V, Section 3 is not in the federal charter.",
    ],
)
def test_a_state_constitution_or_a_missing_section_is_not_the_us_constitution(
    sentence: str,
) -> None:
    assert found(sentence) == set()


def test_a_state_constitutions_article_is_the_states() -> None:
    found_ = found("Article II, Section 32 of the Colorado Constitution bars it.")
    assert found_ == {
        ("Article II, Section 32 of the Colorado Constitution", "state:co:const:2-32")
    }


def test_a_leagues_or_a_teams_rule_is_not_the_federal_rule_named_before() -> None:
    text = (
        "The final Title IX rule was vacated in January. Coaches must now comply with the "
        "conference rule, and one called the team rule unfair."
    )
    assert _backrefs(text, "2024-09-01") == []


def test_the_order_is_the_one_whose_topic_its_sentence_names() -> None:
    text = (
        "Trump's proclamation invoking the Alien Enemies Act and EO 14159 were challenged. In a "
        'third filing, the states challenged the "Liberation Day" tariffs, arguing the order '
        "exceeded IEEPA."
    )
    assert _backrefs(text, "2025-06-01") == [("the order", "eo:14257")]


def test_an_order_the_opening_names_stays_the_order_paragraphs_later() -> None:
    filler = "Lawyers on both sides filed briefs over the summer and argued for hours. " * 24
    text = (
        "The policy, set out in Executive Order 14160, denies citizenship to some children."
        f"\n\n{filler}\n\nThe ACLU sued on behalf of babies who would be affected by the order."
    )
    assert _backrefs(text, "2025-12-05") == [("the order", "eo:14160")]


def test_the_case_pages_later_is_still_the_one_the_ruling_decided() -> None:
    filler = "Critics and supporters traded statements through the afternoon. " * 30
    text = (
        "The 5-4 decision in Trump v. Hawaii upheld the travel ban. Justice Sotomayor compared "
        f"it to Korematsu v. United States.\n\n{filler}\n\nKorematsu was repudiated. The "
        "justices sent the case back to the lower courts."
    )
    assert _backrefs(text, "2018-06-26") == [("the case", "cite:585:us:667")]


def test_a_short_name_is_the_case_the_article_names_in_full_not_an_older_landmark() -> None:
    text = (
        "The justices ruled in Allen v. Milligan in 2023 that the map violated the Voting "
        "Rights Act. Nothing has changed since Milligan, the plaintiffs said."
    )
    got = [(m.text, m.name) for m in mentions(text, "2025-06-01") if m.kind == "case"]
    assert got == [("Allen v. Milligan", "Allen v. Milligan"), ("Milligan", "Allen v. Milligan")]


def test_the_law_is_the_law_is_a_saying() -> None:
    text = 'The Voting Rights Act protects voters. "The law is the law," the senator said.'
    assert _backrefs(text, "2025-06-01") == []


def test_the_procurement_act_is_the_federal_property_act() -> None:
    text = "The court held that the Procurement Act did not authorize EO 14042."
    got = [(m.text, m.authority) for m in mentions(text, "2022-01-01") if m.kind == "statute"]
    assert got == [("Procurement Act", "publ:81-152")]


# Landmark cases news calls by one party (cases.csv short names, seventh session), each only
# where the words around say it is a case; a person, a company or a place of that name is not.
@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        ("The token is not a scheme that embodies the Howey requirements of an investment "
         "contract.", "the Howey requirements", "cite:328:us:293"),
        ("Under the Howey test, an investment contract exists when money is invested.",
         "the Howey test", "cite:328:us:293"),
        ("Courts may still give agencies Skidmore deference.", "Skidmore", "cite:323:us:134"),
        ("Under Jacobson, states may require vaccines.", "Jacobson", "cite:197:us:11"),
        ("The administration cited Ludecke in defending the Alien Enemies Act.", "Ludecke",
         "cite:335:us:160"),
        ("Under Myers, the president may fire executive officers.", "Myers", "cite:272:us:52"),
        ("The Lemon test fell in Kennedy v. Bremerton.", "Kennedy v. Bremerton",
         "cite:597:us:507"),
    ],
)  # fmt: skip
def test_landmark_cases_by_one_party(text: str, surface: str, authority: str) -> None:
    assert (surface, authority) in {(m.text, m.authority) for m in mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ryan Howey said the company would appeal.",
        "The Howey family sold the orchard in 1950.",
        "Don Lemon said the network erred.",
        "Seth Myers joked about the ruling.",
        "William F. Buckley founded the magazine.",
        "In Erie, Pennsylvania, the judge ruled.",
        "Katz said the case was about privacy.",
    ],
)
def test_a_person_or_place_with_a_landmark_partys_name_is_no_case(text: str) -> None:
    assert [m for m in mentions(text) if m.kind == "case"] == []


def test_the_case_after_a_partys_own_case_is_not_the_precedent_it_cites() -> None:
    text = (
        "The judge in Ripple's case against the SEC denied the appeal. She found the token "
        "lacks the Howey requirements. An appeal would not advance the case, she wrote."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2023-10-05") if m.kind == "case"]
    assert ("the case", "cite:328:us:293") not in got
    assert ("the Howey requirements", "cite:328:us:293") in got


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with Katz, the mayor explained the plan.",
        "The plan was drafted by Jacobson and approved in May.",
        "Officials met with Myers and Buckley on Tuesday.",
    ],
)
def test_a_landmark_partys_name_after_a_weak_word_outside_law_talk_is_a_person(
    text: str,
) -> None:
    assert [m for m in mentions(text) if m.kind == "case"] == []


def test_a_landmark_partys_name_after_a_weak_word_in_law_talk_is_the_case() -> None:
    text = "The justices ruled in line with Katz and Jacobson."
    got = {(m.text, m.authority) for m in mentions(text) if m.kind == "case"}
    assert got == {("Katz", "cite:389:us:347"), ("Jacobson", "cite:197:us:11")}


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # laws news names as "amendments" that are no constitutional amendment
        ("The Johnson Amendment bars churches from endorsing candidates.",
         "Johnson Amendment", "usc:26:501"),
        ("The Hyde Amendment bars federal funding for most abortions.", "Hyde Amendment", None),
        ("Medicare Part D covers prescription drugs for seniors.",
         "Medicare Part D", "usc:42:1395w-101"),
        # a section number news uses as a name, in its own subject's words only
        ("Landlords in the city may not refuse tenants who pay with Section 8 vouchers.",
         "Section 8", "usc:42:1437f"),
    ],
)  # fmt: skip
def test_laws_named_by_a_nickname(text: str, surface: str, authority: str | None) -> None:
    assert (surface, authority) in found(text)


def test_section_8_of_anything_else_is_not_the_housing_act() -> None:
    assert not any(s == "Section 8" for s, _a in found("Section 8 of the contract was disputed."))


def test_short_names_in_a_list_that_opens_on_a_caption_are_cases() -> None:
    text = (
        "Trump v. United States gave presidents immunity. Lawyers cited Marbury v. Madison "
        "and Brown v. Board of Education, as well as Obergefell and Citizens United."
    )
    got = found(text)
    assert ("Obergefell", "cite:576:us:644") in got
    # a group's name too, and "United" is a party of the caption before: still the case here
    assert ("Citizens United", "cite:558:us:310") in got


def test_a_group_named_beside_a_caption_in_other_words_is_no_case() -> None:
    text = "Citizens United, a conservative group, sued. Smith v. Jones was decided Monday."
    assert not any(s == "Citizens United" for s, _a in found(text))


def test_a_title_sections_nickname_needs_its_words() -> None:
    text = (
        "“To prove a violation of Section 1512(c)(2), the Government must establish that the "
        "defendant impaired records for use in an official proceeding,” Roberts wrote."
    )
    assert ("Section 1512(c)(2)", "usc:18:1512") in found(text)
    assert ("Section 1001", "usc:18:1001") in found(
        "He was charged under Section 1001 for lying to FBI agents."
    )
    assert found("Section 1512 of the county charter sets the fee.") == set()


def test_a_party_doing_something_is_not_its_case() -> None:
    text = (
        "The case is NetChoice v. Fitch. The state argues that the companies represented by "
        "NetChoice have no case, as characterized by NetChoice."
    )
    assert [t for t, _a in found(text) if t.startswith("NetChoice")] == ["NetChoice v. Fitch"]


def test_a_state_bill_with_its_abbreviation_in_brackets() -> None:
    text = (
        "The state of Mississippi responded Wednesday. The case questions House Bill (HB) "
        "1126, a social media law."
    )
    assert ("House Bill (HB) 1126", "state:ms:bill:hb1126") in found(text)
