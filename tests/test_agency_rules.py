"""Rules news names by their agency, their topic or their Federal Register title, and what
refers back to them — real sentences from news and law-firm pages (found with the search
tool), each with the article's date."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> set[tuple[str, str | None, bool]]:
    return {
        (m.text, m.authority, m.anaphor) for m in mentions(text, date) if m.kind == "regulation"
    }


REAL = [
    # USA Today, Nov. 22, 2016: the rule is told by the overtime words of its own sentence
    (
        "Twenty-one states challenged the overtime expansion, arguing that Congress never "
        "intended to set any salary threshold for the exemptions or to allow the threshold to "
        "be raised every three years, as the Labor Department’s rule specifies.",
        "2016-11-22",
        ("the Labor Department’s rule", "fr:81:32391", False),
    ),
    # AP, Nov. 15, 2024: the sentence before names the topic; the 2024 version by the date
    (
        "U.S. District Judge Sean Jordan sided with the state of Texas and a group of business "
        "organizations that argued the Labor Department exceeded its authority when it "
        "finalized a rule earlier this year to significantly expand federal overtime "
        "eligibility for salaried workers. The Labor Department’s now-scuttled rule, which "
        "began going into effect on July, would have marked the biggest increase to that cap "
        "in decades.",
        "2024-11-15",
        ("The Labor Department’s now-scuttled rule", "fr:89:32842", False),
    ),
    # a trade-secrets blog, Aug. 2024: "Final Rule banning noncompetes", and "the Final Rule"
    (
        "Judge Brown effectively entered a nationwide ban against the Federal Trade "
        "Commission’s Final Rule banning noncompetes. Employers will not have to send out "
        "notices, as the Final Rule required by September 4, 2024.",
        "2024-08-21",
        ("the Federal Trade Commission’s Final Rule banning noncompetes", "fr:89:38342", False),
    ),
    # National Law Forum, Aug. 22, 2024: the abbreviation in parentheses after the agency
    (
        "On August 20, the US District Court for the Northern District of Texas held that the "
        "Federal Trade Commission’s (FTC) final rule banning noncompetes is unlawful.",
        "2024-08-22",
        (
            "the Federal Trade Commission’s (FTC) final rule banning noncompetes",
            "fr:89:38342",
            False,
        ),
    ),
    # ESG Dive, Mar. 2024: "its … rule", the agency named earlier in the sentence
    (
        "The Securities and Exchange Commission has received a venue to take on the bevy of "
        "legal challenges filed to its climate risk disclosure rule.",
        "2024-03-28",
        ("its climate risk disclosure rule", "fr:89:21668", False),
    ),
    # K-12 Dive, June 2024: the topic before the rule word, then "the regulation"
    (
        "A federal judge on Monday blocked the U.S. Department of Education's Title IX final "
        "rule in six conservative states. The blow comes less than a week after a similar "
        "decision blocked the regulation.",
        "2024-06-18",
        ("the regulation", "fr:89:33474", True),
    ),
    # a client update's headline: the agency is the subject, the rule follows the verb
    (
        "FinCEN publishes final rule on beneficial ownership",
        "2022-10-01",
        ("final rule on beneficial ownership", "fr:87:59498", False),
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), REAL)
def test_rules_named_by_agency_in_real_sentences(
    text: str, date: str, want: tuple[str, str, bool]
) -> None:
    assert want in regs(text, date)


def test_the_final_rule_refers_back_to_the_agencys_rule() -> None:
    text, date, _ = REAL[2]
    assert ("the Final Rule", "fr:89:38342", True) in regs(text, date)


def test_an_administration_and_a_topic_name_a_rule() -> None:
    # Lawfare, July 2023 (the shape of its lead): the administration's years and the topic
    # "border"; the next sentence's "Title 42" tells the 2023 rule from the 2024 one
    text = (
        "On July 25, Judge Jon Tigar vacated the Biden administration’s border rule. The "
        "administration had implemented the rule in mid-May, replacing coronavirus-era Title "
        "42 restrictions."
    )
    got = regs(text, None)
    assert ("the Biden administration’s border rule", "fr:88:31314", False) in got
    assert ("the rule", "fr:88:31314", True) in got


def test_a_rule_called_a_ban_is_what_the_ban_refers_back_to() -> None:
    text = "The FTC's noncompete ban was set aside in August. The ban would have covered millions."
    assert regs(text, "2024-09-01") == {
        ("noncompete ban", "fr:89:38342", False),
        ("The ban", "fr:89:38342", True),
    }


def test_the_ban_is_not_a_rule_that_bans_nothing() -> None:
    text = "The Labor Department's overtime rule was blocked. The ban on travel stays."
    assert ("The ban", "fr:89:32842", True) not in regs(text, "2024-11-20")


def test_a_federal_register_title_is_a_name() -> None:
    text = "The FTC issued the Non-Compete Clause Rule in April. The agency's rule was challenged."
    assert regs(text, "2024-05-10") == {
        ("Non-Compete Clause Rule", "fr:89:38342", False),
        ("The agency's rule", "fr:89:38342", True),
    }


def test_an_abbreviation_the_article_defines_for_a_rule() -> None:
    text = (
        "The EPA finalized the Clean Power Plan (CPP) in 2015. Opponents said the CPP "
        "exceeded the agency's authority."
    )
    got = regs(text, "2016-03-01")
    assert ("Clean Power Plan", "fr:80:64662", False) in got
    assert any(t == "CPP" and a == "fr:80:64662" for t, a, _ in got)


def test_the_proposed_rule_in_an_article_about_one_rule_is_its_proposal() -> None:
    text = (
        "FinCEN’s final rule on beneficial ownership takes effect January 1, 2024, with minimal "
        "changes from the proposed rule."
    )
    got = regs(text, "2022-10-01")
    assert ("FinCEN’s final rule on beneficial ownership", "fr:87:59498", False) in got
    assert ("the proposed rule", "fr:86:69920", True) in got


def test_the_final_rule_is_never_the_proposal() -> None:
    text = (
        "FinCEN published the proposed Beneficial Ownership Information Reporting Rule in "
        "December. Critics said the Final Rule changed little."
    )
    got = regs(text, "2022-10-01")
    assert ("proposed Beneficial Ownership Information Reporting Rule", "fr:86:69920", False) in got
    assert not any(t == "the Final Rule" and a == "fr:86:69920" for t, a, _ in got)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an agency's rule with no topic anywhere and none named before: no guess
        ("The EPA's rule was challenged in court.", "2024-05-01"),
        # "the EPA said the rule …": the agency does not own the rule
        ("The EPA said the rule would cut emissions.", "2024-05-01"),
        # a rule printed after the article's date is never the one meant
        ("The Labor Department's overtime rule is coming.", "2015-01-01"),
    ],
)
def test_no_rule_is_guessed(text: str, date: str) -> None:
    assert not {a for _, a, _ in regs(text, date) if a and a.startswith("fr:")}


def test_two_rules_of_the_agency_equally_likely_stay_unlinked() -> None:
    # the Labor Department's overtime and independent-contractor rules both fit the sentence
    text = (
        "Employers sued over overtime pay and independent contractor status. The Labor "
        "Department's rule was blocked."
    )
    got = regs(text, "2024-11-20")
    assert not any(t.startswith("The Labor Department's rule") and a for t, a, _ in got)


def test_a_provision_described_by_what_it_does_and_the_clause_after_it() -> None:
    # the shape of AP's June 2025 report on the states' suit over grant terminations
    text = (
        "The states asked a judge to stop the administration from relying on a little-known "
        "clause in the federal regulation to cut grants that no longer match its priorities. "
        "The Office of Management and Budget wrote that clause in 2020, and agencies have "
        "used the Clause to end thousands of grants."
    )
    got = regs(text, "2025-06-25")
    assert ("a little-known clause in the federal regulation", "cfr:2:200.340", False) in got
    assert ("that clause", "cfr:2:200.340", True) in got
    assert ("the Clause", "cfr:2:200.340", True) in got


def test_a_clause_in_a_regulation_with_no_topic_is_left_alone() -> None:
    text = "The company pointed to a clause in the federal regulation on aircraft seats."
    assert not regs(text, "2025-06-25")


def test_the_clause_is_never_a_constitutional_clause() -> None:
    text = "The judge cited the Establishment Clause. The clause bars an official religion."
    assert not any(a == "cfr:2:200.340" for _, a, _ in regs(text, "2025-06-25"))


AFTER = [
    # AP, Nov. 15, 2024: the administration after the rule, the topic in its description
    (
        "A federal judge in Texas has blocked a new rule from the Biden administration that "
        "would have expanded access to overtime pay to millions more salaried workers across "
        "the U.S.",
        "2024-11-15",
        "a new rule from the Biden administration",
        "fr:89:32842",
    ),
    # the agency after the rule, and the description after the agency
    (
        "A regulation from the Federal Trade Commission banning noncompete agreements was set "
        "aside in August.",
        "2024-09-01",
        "A regulation from the Federal Trade Commission banning noncompete agreements",
        "fr:89:38342",
    ),
]


@pytest.mark.parametrize(("text", "date", "start", "authority"), AFTER)
def test_the_agency_or_administration_after_the_rule(
    text: str, date: str, start: str, authority: str
) -> None:
    assert any(t.startswith(start) and a == authority for t, a, _ in regs(text, date))


def test_the_departments_final_rule_and_the_new_rules_refer_back() -> None:
    text = (
        "The Labor Department's overtime rule was blocked. The Department’s Final Rule would "
        "have raised the salary threshold."
    )
    assert ("The Department’s Final Rule", "fr:89:32842", True) in regs(text, "2024-11-20")
    text = (
        "The SEC's climate-disclosure rule faces lawsuits. Critics say the new rules exceed "
        "the agency's authority."
    )
    assert ("the new rules", "fr:89:21668", True) in regs(text, "2024-04-01")


def test_the_rules_of_the_house_are_not_a_rule() -> None:
    text = "The SEC's climate-disclosure rule was debated. Under the rules of the House, it failed."
    assert not any(t == "the rules" for t, _, _ in regs(text, "2024-04-01"))


def test_an_agency_with_no_row_gets_a_search_of_its_own() -> None:
    (m,) = [
        m
        for m in mentions(
            "Restaurants sued over the IRS's new rule on tip income reporting.",
            "2025-01-10",
        )
        if m.kind == "regulation"
    ]
    assert m.authority is None
    assert "conditions%5Bagencies%5D%5B%5D=internal-revenue-service" in (m.url or "")
    assert "tip+income+reporting" in (m.url or "")


def test_an_administrations_rule_told_by_the_sentence_before() -> None:
    text = (
        "Millions of salaried workers would have become eligible for overtime pay. The Biden "
        "administration's rule was struck down on Friday."
    )
    assert ("The Biden administration's rule", "fr:89:32842", False) in regs(text, "2024-11-15")


# Seventh session (issue 13, point 2): rules introduced as what their agency did, titles after
# the rule word, terms the article defines, and rules added to the table. Real sentences
# (search tool, pages) unless marked "made up".
INTRODUCED = [
    # Law360, Nov. 22, 2021: the agency is the subject, "finalized a rule to raise …"
    (
        "The U.S. Department of Labor on Monday finalized a rule to raise the minimum wage "
        "for federal contract workers to $15 an hour, implementing an executive order by "
        "President Joe Biden that will impact hundreds of thousands of workers.",
        "2021-11-22",
        "fr:86:67126",
    ),
    # made up, in AP's words of April 2024: an administration finalizes a rule
    (
        "The Biden administration on Friday finalized a rule requiring nursing homes to meet "
        "minimum staffing levels.",
        "2024-04-22",
        "fr:89:40876",
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), INTRODUCED)
def test_a_rule_introduced_as_what_its_agency_did(text: str, date: str, want: str) -> None:
    assert want in {a for _, a, _ in regs(text, date)}


def test_an_agency_rule_the_table_lacks_keeps_a_search_by_agency_and_topic() -> None:
    # made up: no row for the Treasury's pawnbroker rules; the search names the agency and topic
    found = [
        m
        for m in mentions("The Treasury Department issued new regulations on pawnbrokers.", None)
        if m.kind == "regulation"
    ]
    assert len(found) == 1 and found[0].authority is None
    assert "treasury-department" in (found[0].url or "")
    assert "pawnbrokers" in (found[0].url or "")


def test_the_crypto_broker_rule_has_a_row_now() -> None:
    # made up in the words the first sessions used for a rule the table then lacked
    text = "Crypto exchanges sued over the IRS's new rule on digital asset broker reporting."
    assert ("the IRS's new rule on digital asset broker reporting", "fr:89:56480", False) in regs(
        text, "2025-01-10"
    )


def test_a_title_after_the_rule_word_is_a_name() -> None:
    # National Law Review, Jan. 10, 2021: "its rule titled “…”", then "The rule"
    text = (
        "On January 6, 2021, EPA issued in final its rule titled “Strengthening Transparency "
        "in Pivotal Science Underlying Significant Regulatory Actions and Influential "
        "Scientific Information.” The rule establishes how EPA will consider the availability "
        "of dose-response data."
    )
    got = regs(text, "2021-01-10")
    # (the whole title, since the twentieth session reads a long title after a rule word)
    title = (
        "Strengthening Transparency in Pivotal Science Underlying Significant Regulatory "
        "Actions and Influential Scientific Information"
    )
    assert (title, "fr:86:469", False) in got
    assert ("The rule", "fr:86:469", True) in got
    # made up, in DHS's words of June 2024: "an interim final rule, Securing the Border,"
    text = (
        "The Department of Homeland Security published an interim final rule, Securing the "
        "Border, on June 7. The IFR limits asylum at the southern border."
    )
    got = regs(text, "2024-07-01")
    assert ("Securing the Border", "fr:89:48710", False) in got
    assert ("The IFR", "fr:89:48710", True) in got


def test_a_term_the_article_defines_for_a_rule_it_does_not_know() -> None:
    # made up: a delay rule the table has no row for; each use keeps the agency's search
    text = (
        "The Education Department delayed the rule (the “Final Delay Rule”). Plaintiffs said "
        "the Final Delay Rule was unlawful."
    )
    found = [m for m in mentions(text, "2017-10-01") if m.kind == "regulation"]
    assert [m.text for m in found] == ["Final Delay Rule", "the Final Delay Rule"]
    assert all(m.authority is None and m.name == "Final Delay Rule" for m in found)
    assert all("education-department" in (m.url or "") for m in found)
    assert [m.anaphor for m in found] == [False, True]


def test_a_term_defined_for_a_named_rule_takes_its_id() -> None:
    # made up: "(the “2016 Rule”)" after the overtime rule, then "the 2016 Rule"
    text = (
        "The Labor Department's 2016 overtime rule (the “2016 Rule”) doubled the salary "
        "threshold. A judge in Texas blocked the 2016 Rule."
    )
    assert ("the 2016 Rule", "fr:81:32391", True) in regs(text, "2017-09-01")


@pytest.mark.parametrize(
    "text",
    [
        "The judge said the rule of law requires no less.",
        "Under the 90-day rule of the court, the motion was late.",
        "Under the new NBA rule, players who rest lose awards.",
        "The House adopted a rule change for its own procedure.",
        "The league announced a new rule limiting timeouts (the “Timeout Rule”).",
    ],
)
def test_rules_that_are_not_regulations(text: str) -> None:
    assert not regs(text, "2024-06-01")


def test_rows_added_in_the_seventh_session_are_found_by_name_and_agency() -> None:
    # Congressional Research Service, Dec. 20, 2016
    text = (
        "The rule, called the Stream Protection Rule, was published in the Federal Register "
        "on December 20."
    )
    assert ("Stream Protection Rule", "fr:81:93066", False) in regs(text, "2016-12-20")
    # made up: the CDC's order, not a state's moratorium
    text = "The CDC's eviction moratorium was struck down by the Supreme Court."
    assert "fr:85:55292" in {a for _, a, _ in regs(text, "2021-08-27")}
    text = "New York's eviction moratorium was extended."
    assert not regs(text, "2021-08-27")
    # made up: OSHA's 2017 beryllium rule, and "The Rule" after it
    text = "OSHA's beryllium rule lowered exposure limits. The Rule took effect in 2017."
    assert ("The Rule", "fr:82:2470", True) in regs(text, "2017-06-01")


def test_a_defined_terms_search_is_one_the_online_federal_register_search_can_ask() -> None:
    from linker.resolve_rules import query_of

    text = (
        "The Education Department delayed the rule (the “Final Delay Rule”). Plaintiffs said "
        "the Final Delay Rule was unlawful."
    )
    found = [m for m in mentions(text, "2017-10-01") if m.kind == "regulation"]
    assert {query_of(m) for m in found} == {("Delay", "education-department")}


REAL_SEVENTH_B = [
    # Barran Liebman, Aug. 2, 2024: the rule's nickname with "Final Rule" after it
    (
        "On July 26, 2024, the National Labor Relations Board (NLRB) finalized its “Fair "
        "Choice-Employee Voice Final Rule.”",
        "2024-08-02",
        "fr:89:62952",
    ),
    # Mondaq, June 14, 2021: the vacated IFR by its Federal Register title
    (
        "The Department of Homeland Security issued a final rule, effective May 19, 2021, that "
        "removes an interim final rule issued in October 2020 and later vacated by a federal "
        "district court, “Strengthening the H-1B Nonimmigrant Visa Classification Program.”",
        "2021-06-14",
        "fr:85:63918",
    ),
    # Ballotpedia: the title as a name, OPM's 2024 rule
    (
        "The Upholding Civil Service Protections and Merit System Principles rule is a "
        "significant rule issued by the Office of Personnel Management (OPM).",
        "2024-05-09",
        "fr:89:24982",
    ),
    # Goodwin, Oct. 28, 2020: a quoted nickname before the rule word
    (
        "The Office of the Comptroller of the Currency (OCC) finalized its “true lender” rule.",
        "2020-10-28",
        "fr:85:68742",
    ),
    # made up: a proposal is linked only as one
    ("Civil rights groups backed the FDA's proposed menthol ban.", "2022-06-01", "fr:87:26454"),
]


@pytest.mark.parametrize(("text", "date", "authority"), REAL_SEVENTH_B)
def test_rows_of_the_second_seventh_session_batch_are_found(
    text: str, date: str, authority: str
) -> None:
    assert authority in {a for _, a, _ in regs(text, date)}


@pytest.mark.parametrize(
    "text",
    [
        "New York's surprise billing rules are stricter than most.",
        "California's Section 504 regulations differ from the federal ones.",
        "The city's baggage fee rule applies only to buses.",
        "The state's fracking rule bans wells near schools.",
    ],
)
def test_a_rule_a_state_or_a_local_body_owns_is_not_the_federal_rule(text: str) -> None:
    assert not regs(text, "2024-09-01")


def test_a_rescission_does_not_take_the_name_of_the_rule_it_rescinds() -> None:
    # made up: "the persuader rule" in 2019 is still the 2016 rule, not its 2018 rescission
    text = "Unions defended the Labor Department's persuader rule until it was rescinded."
    assert ("persuader rule", "fr:81:15924", False) in regs(text, "2019-03-01")


# Ninth session (issue 13, points 2 and 4): shapes found on real news pages (probe folder
# /work/probes-9D, outside the repository).
NINTH = [
    # AHA News, July 1, 2019: "its final rule concerning …", the topic after the rule word
    (
        "The Department of Health and Human Services has agreed to delay implementing its "
        "final rule concerning certain statutory conscience rights in health care, San "
        "Francisco City Attorney Dennis Herrera announced Friday.",
        "2019-07-01",
        (
            "its final rule concerning certain statutory conscience rights",
            "fr:84:23170",
            False,
        ),
    ),
    # made up, same shape: "regarding" opens the description too
    (
        "The Federal Trade Commission said it would defend its final rule regarding "
        "noncompete agreements in court.",
        "2024-07-01",
        ("its final rule regarding noncompete agreements", "fr:89:38342", False),
    ),
    # Religion Clause blog, Mar. 2022: a capitalised "Interim Final Rule" introduced with its
    # initials before the description
    (
        "Yesterday, in a 512-page Release, the Department of Homeland Security adopted an "
        "Interim Final Rule (IFR) on procedures for deciding on applications for asylum. "
        "The principal purpose of this IFR is to increase the promptness of the process.",
        "2022-03-25",
        (
            "an Interim Final Rule (IFR) on procedures for deciding on applications",
            "fr:87:18078",
            False,
        ),
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), NINTH)
def test_ninth_session_shapes(text: str, date: str, expected: tuple[str, str, bool]) -> None:
    assert expected in regs(text, date)


def test_this_ifr_refers_back_to_the_interim_final_rule() -> None:
    text, date, _ = NINTH[2]
    assert ("this IFR", "fr:87:18078", True) in regs(text, date)


def test_its_final_rule_without_a_topic_is_not_guessed() -> None:
    # made up: "its final rule" with nothing after it names no rule of its own
    text = "The Department of Health and Human Services will defend its final rule."
    assert not any(a for _, a, anaphor in regs(text, "2019-07-01") if not anaphor)


def test_a_long_federal_register_title_quoted_whole_names_its_rule() -> None:
    # Heritage Foundation, 2022: a 19-word title, quoted after the rule's initials
    text = (
        "DHS and DOJ are misusing their new sweeping Interim Final Rule (IFR)—“Procedures for "
        "Credible Fear Screening and Consideration of Asylum, Withholding of Removal, and CAT "
        "Protection Claims by Asylum Officers”—for recent land arrivals at U.S. borders."
    )
    found = regs(text, "2022-06-20")
    assert any(a == "fr:87:18078" and t.startswith("Procedures for Credible") for t, a, _ in found)


def test_the_conscience_rule_of_2011_is_a_version_of_the_later_ones() -> None:
    # made up: an article of 2012 has only the 2011 rule to mean
    text = "Catholic hospitals criticized the HHS conscience rule again this week."
    assert {a for _, a, _ in regs(text, "2012-05-01")} == {"fr:76:9968"}


def test_a_rule_an_agency_published_is_told_by_its_whole_sentence_past_a_cfr_cite() -> None:
    # Birmingham Medical News, 2020: the topic words stand after "45 C.F.R. Part 180", whose
    # full stops do not end the sentence
    text = (
        'The Centers for Medicare & Medicaid Services ("CMS") published a final rule (the '
        '"Transparency Rule") at 45 C.F.R. Part 180 on November 27, 2019, that will require '
        '"Hospitals" to make public a list of their standard charges for items and services.'
    )
    assert ("a final rule", "fr:84:65524", False) in regs(text, "2020-06-01")


REAL_NINTH_ROWS = [
    # made up in the shape of 2025 news: the rows added in the ninth session
    ("Congress voted to repeal the EPA's methane fee rule under the Congressional Review Act.",
     "2025-03-01", "fr:89:91094"),
    ("The IRS's DeFi broker rule would have treated front-end service providers as brokers.",
     "2025-03-01", "fr:89:106928"),
    ("The Beneficial Ownership Information Reporting Requirement Revision and Deadline "
     "Extension took effect on publication.", "2025-04-15", "fr:90:13688"),
    ("Religious hospitals challenged the 2011 conscience rule.", "2012-03-01", "fr:76:9968"),
    ("The Labor Department's 2022 H-2A rule changed how the prevailing wage rate is set.",
     "2023-06-01", "fr:87:61660"),
    ("HHS finalized a rule requiring Head Start programs to raise wages and benefits.",
     "2024-08-22", "fr:89:67720"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "authority"), REAL_NINTH_ROWS)
def test_rows_of_the_ninth_session_are_found(text: str, date: str, authority: str) -> None:
    assert authority in {a for _, a, _ in regs(text, date)}


def test_an_interim_final_rule_is_the_agency_s_interim_rule_that_fits() -> None:
    # made up: the 2025 interim rule revised the 2022 rule and shares its subject
    text = (
        "FinCEN issued an interim final rule that exempts domestic companies from beneficial "
        "ownership reporting."
    )
    assert {a for _, a, _ in regs(text, "2025-04-15")} == {"fr:90:13688"}
    final = "FinCEN issued a final rule on beneficial ownership reporting for shell companies."
    assert {a for _, a, _ in regs(final, "2025-04-15")} == {"fr:87:59498"}


def test_waters_of_the_u_s_rule_abbreviated() -> None:
    # Washington Examiner (via WND), May 2019: "U.S." for "United States" in the rule's name
    text = (
        "A federal court dealt a decisive blow against the Obama administration’s Waters of "
        "the U.S. rule this week."
    )
    assert ("Waters of the U.S. rule", "fr:80:37054", False) in regs(text, "2019-05-30")


def test_a_rule_that_would_ve_done_something() -> None:
    # CBS News, Oct. 2019: "would've" opens the description as "would" does
    text = (
        "Three federal courts on Friday blocked a rule that would've made it easier for the "
        "Trump administration to reject green card and visa applications filed by low-income "
        "immigrants."
    )
    assert any(a == "fr:84:41292" for _, a, _ in regs(text, "2019-10-12"))


def test_the_proposal_opening_a_paragraph_refers_to_the_proposed_rule_before_it() -> None:
    # made up in the shape of a 2025 report: the proposal named at the end of one paragraph
    # and "The proposal" opening the next
    text = (
        "The Office of Personnel Management on Friday filed proposed regulations that would "
        "formally revive Schedule F.\nThe proposal, which will be published next week, "
        "outlines a new excepted service category."
    )
    assert ("The proposal", "fr:90:17182", True) in regs(text, "2025-04-19")


def test_the_proposal_two_paragraphs_on_is_not_linked() -> None:
    text = (
        "The Office of Personnel Management filed proposed regulations that would revive "
        "Schedule F.\nUnions objected.\nThe proposal drew 40,000 comments."
    )
    assert not any(t == "The proposal" for t, _, _ in regs(text, "2025-04-19"))


def test_dept_abbreviated_names_the_agency() -> None:
    # ENR, Nov. 2016: "a U.S. Dept. of Labor rule requiring …" (no row fits its words: a
    # search link, not nothing)
    text = (
        "A federal court has permanently blocked a U.S. Dept. of Labor rule requiring "
        "attorneys and other outside groups to disclose publicly that they advise employers."
    )
    assert any(t.startswith("a U.S. Dept. of Labor rule") for t, _, _ in regs(text, "2016-11-18"))


def test_its_rule_refers_back_to_the_agency_s_rule() -> None:
    # ABA Banking Journal, Apr. 2024
    text = (
        "The Securities and Exchange Commission on Thursday issued a stay on enforcement of its "
        "climate disclosure final rule. Several entities have since sued the SEC challenging "
        "its authority to promulgate its rule."
    )
    assert ("its rule", "fr:89:21668", True) in regs(text, "2024-04-05")


def test_a_rule_to_impose_is_told_by_what_it_imposes() -> None:
    # Politico (via a mirror), Oct. 2020: a headline "USDA rule to impose …"
    text = "Federal judge strikes down USDA rule to impose stricter SNAP work requirements"
    assert any(a == "fr:84:66782" for _, a, _ in regs(text, "2020-10-19"))


def test_a_rule_named_by_its_day_refers_back() -> None:
    # a Bergeson & Campbell alert, Feb. 2021: "the January 6, 2021, final rule"
    text = (
        "The court granted EPA's motion to vacate its final rule on science transparency (86 "
        "Fed. Reg. 469). The plaintiffs claimed that the January 6, 2021, final rule was "
        "unlawful."
    )
    # (a mention of its own since the twenty-fourth session, as gold marks "the April 2024
    # final rule": the rule told by its month, ``rulecontext._month_year``)
    assert ("the January 6, 2021, final rule", "fr:86:469", False) in regs(text, "2021-02-04")


def test_an_administration_that_withdrew_rules_names_none_of_them() -> None:
    # Washington Post (via ADN), Dec. 2024: "withdrew" is what the administration did; the
    # phrase is no rule of the Biden years (it had taken the 2024 Section 1557 rule)
    text = (
        "The Biden administration withdrew two controversial education regulations Friday, "
        "backing off on a proposal to cancel student debt."
    )
    assert not any(a == "fr:89:37522" for _, a, _ in regs(text, "2024-12-20"))


def test_its_rule_with_its_day_before_the_rule_word() -> None:
    # a Bergeson & Campbell alert, Feb. 2021
    text = (
        "On February 1, 2021, the court granted the U.S. Environmental Protection Agency’s "
        "(EPA) motion to vacate and remand its January 6, 2021, final rule on “Strengthening "
        "Transparency in Pivotal Science Underlying Significant Regulatory Actions and "
        "Influential Scientific Information” (86 Fed. Reg. 469)."
    )
    assert any(
        t.startswith("its January 6, 2021, final rule") and a == "fr:86:469"
        for t, a, _ in regs(text, "2021-02-04")
    )


def test_a_rule_the_table_lacks_takes_the_citation_printed_after_it() -> None:
    # NCLC, 2025: the name, its initials, then its C.F.R. part
    text = (
        "The importance of the FTC’s Telemarketing Sales Rule (TSR), 16 C.F.R. part 310, too "
        "often is overlooked."
    )
    assert ("Telemarketing Sales Rule", "cfr:16:310", False) in regs(text, "2025-02-20")
    # made up: a citation further on is not the name's
    far = "The Telemarketing Sales Rule was amended last year; see generally 16 C.F.R. part 310."
    assert ("Telemarketing Sales Rule", "cfr:16:310", False) not in regs(far, "2025-02-20")


def test_unfair_or_deceptive_fees_rule() -> None:
    # Mondaq, Feb. 2025: the junk fees rule by its own title's words
    text = "Meanwhile, the Unfair or Deceptive Fees Rule was substantially narrowed."
    assert any(a == "fr:90:2066" for _, a, _ in regs(text, "2025-02-12"))
