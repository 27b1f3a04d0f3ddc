"""Regulations in real news sentences: C.F.R. forms eyecite misses, Federal Register citations,
rules by name with the version chosen from the article — and rules that are not regulations."""

from __future__ import annotations

import pytest

from conftest import doc, mentions
from linker.scanner import regulations


def found(text: str, date: str | None = None) -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in regulations.find(doc(text, date))}


CITATIONS = [
    (
        "Agents may make warrantless arrests only as 8 CFR 287.8 allows.",
        "8 CFR 287.8",
        "cfr:8:287.8",
    ),
    (
        "Schools must follow 34 C.F.R. Part 106, the Title IX regulations.",
        "34 C.F.R. Part 106",
        "cfr:34:106",
    ),
    ("Agents rely on 8 CFR § 287.8 for the stops.", "8 CFR § 287.8", "cfr:8:287.8"),
    (
        "The rule rewrites part 106 of title 34 of the Code of Federal Regulations.",
        "part 106 of title 34 of the Code of Federal Regulations",
        "cfr:34:106",
    ),
    (
        "Officers cited section 287.8 of title 8 of the Code of Federal Regulations.",
        "section 287.8 of title 8 of the Code of Federal Regulations",
        "cfr:8:287.8",
    ),
    ("The final rule was published at 89 FR 33474.", "89 FR 33474", "fr:89:33474"),
    ("See 89 Fed. Reg. 33,474 (Apr. 29, 2024).", "89 Fed. Reg. 33,474", "fr:89:33474"),
]


@pytest.mark.parametrize(("sentence", "surface", "authority"), CITATIONS)
def test_citations(sentence: str, surface: str, authority: str) -> None:
    assert (surface, authority) in found(sentence)


def test_section_sign_with_periods_is_left_to_eyecite() -> None:
    assert found("The judge cited 8 C.F.R. § 287.8 in her order.") == set()
    # … and the whole scanner still links it once.
    ms = [m for m in mentions("The judge cited 8 C.F.R. § 287.8 in her order.")]
    assert [(m.text, m.authority) for m in ms if m.kind == "regulation"] == [
        ("8 C.F.R. § 287.8", "cfr:8:287.8")
    ]


NAMED = [
    (
        "A judge blocked the Biden administration's final Title IX rule in four states.",
        None,
        "final Title IX rule",
        "fr:89:33474",
    ),
    (
        "Schools had prepared for the 2020 Title IX rule issued under Betsy DeVos.",
        None,
        "2020 Title IX rule",
        "fr:85:30026",
    ),
    (
        "Districts rushed to rewrite policies before the Title IX rule took effect Aug. 1.",
        "2024-07-03",
        "Title IX rule",
        "fr:89:33474",
    ),
    (
        "Immigrant families dropped benefits after the public charge rule was announced.",
        "2019-10-01",
        "public charge rule",
        "fr:84:41292",
    ),
    (
        "Coal states sued to stop the Clean Power Plan.",
        None,
        "Clean Power Plan",
        "fr:80:64662",
    ),
    (
        "The FTC's noncompete rule would have banned most non-compete agreements.",
        None,
        "noncompete rule",
        "fr:89:38342",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "surface", "authority"), NAMED)
def test_named_rules(sentence: str, date: str | None, surface: str, authority: str) -> None:
    assert (surface, authority) in found(sentence, date)


DESCRIBED = [
    (  # CBS News, Feb. 2024 (Garland v. Cargill)
        "The Supreme Court on Wednesday wrestled with whether to uphold a Trump-era ban on "
        "bump stocks for firearms.",
        "a Trump-era ban on bump stocks",
        "fr:83:66514",
    ),
    (
        "The Biden administration's rule on ghost guns survived a challenge.",
        "The Biden administration's rule on ghost guns",
        "fr:87:24652",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "authority"), DESCRIBED)
def test_a_rule_described_by_what_it_bans(sentence: str, surface: str, authority: str) -> None:
    assert found(sentence, "2024-02-28") == {(surface, authority)}


@pytest.mark.parametrize(
    "sentence",
    [
        "California's ban on ghost guns was upheld by the state's top court.",
        "A state ban on bump stocks took effect in Florida in 2018.",
        "The city's ban on ghost guns drew a lawsuit.",
        "Bump stocks let a rifle fire faster.",
    ],
)
def test_a_ban_that_is_not_a_federal_rule(sentence: str) -> None:
    assert found(sentence, "2024-02-28") == set()


def test_version_unknown_links_the_shared_part() -> None:
    # Two Title IX rules (2020, 2024) amend 34 CFR part 106; without a clue, link the part.
    assert found("Critics say Title IX regulations go too far.") == {
        ("Title IX regulations", "cfr:34:106")
    }


def test_one_article_one_version() -> None:
    text = (
        "The Biden administration's final Title IX rule expands protections. "
        "Opponents say the Title IX regulations exceed the statute."
    )
    assert found(text) == {
        ("final Title IX rule", "fr:89:33474"),
        ("Title IX regulations", "fr:89:33474"),
    }


def test_proposed_rule_is_not_the_final_rule() -> None:
    # the table has the 2022 proposal (87 FR 41390), which drew some 240,000 comments
    got = found("The proposed Title IX rule drew 240,000 comments.", "2022-10-01")
    assert got == {("proposed Title IX rule", "fr:87:41390")}
    # the 2023 overtime proposal (88 FR 62152, added in the eleventh session)
    got = found("The proposed overtime rule drew 30,000 comments.", "2023-11-01")
    assert got == {("proposed overtime rule", "fr:88:62152")}
    # without a proposal in the table, only the C.F.R. part the versions share
    got = found("The proposed Title X rule drew 500,000 comments.", "2021-05-01")
    assert got == {("proposed Title X rule", "cfr:42:59")}


NOT_RULES = [
    "As a rule, senators defer to the majority leader.",
    "Protesters said the ruling threatens the rule of law.",
    "Democrats want to scrap the filibuster rule.",
    "The bill cannot clear the 60-vote rule without Democrats.",
    "Title IX bars sex discrimination in federally funded schools.",
    "The court will rule on the public charge question next term.",
]


@pytest.mark.parametrize("sentence", NOT_RULES)
def test_near_misses(sentence: str) -> None:
    assert found(sentence, "2024-07-03") == set()


def test_a_quoted_nickname_before_rule_and_its_back_references() -> None:
    from linker.load import from_text
    from linker.scanner import scan

    text = (
        "The justices halted the EPA’s “good neighbor” rule on Thursday. The plan limits "
        "smog that drifts across state lines, and critics called the rule costly. "
        "Trump's plan to cut the agency is separate."
    )
    got = [(m.text, m.authority, m.anaphor) for m in scan(from_text(text, "t.txt"))
           if m.kind == "regulation"]  # fmt: skip
    assert got == [
        ("good neighbor” rule", "fr:88:36654", False),
        ("The plan", "fr:88:36654", True),
        ("the rule", "fr:88:36654", True),
    ]


def test_a_possessive_before_the_head_still_refers_back() -> None:
    from linker.load import from_text
    from linker.scanner import scan

    text = "The EPA’s Good Neighbor Plan cuts smog. Ohio said the EPA’s plan ignores costs."
    got = [(m.text, m.anaphor) for m in scan(from_text(text, "t.txt")) if m.kind == "regulation"]
    assert ("the EPA’s plan", True) in got


def test_a_rule_named_but_not_in_the_data_links_to_a_federal_register_search() -> None:
    text = (
        "FinCEN’s final Residential Real Estate Transfer Reporting Rule came out on Aug. "
        "29, 2024. In the Final Rule, FinCEN kept most of what it had proposed."
    )
    found = [m for m in mentions(text, "2024-09-01") if m.kind == "regulation"]
    named, back = found
    assert (named.text, named.authority) == (
        "Residential Real Estate Transfer Reporting Rule",
        None,
    )
    assert named.url and named.url.startswith("https://www.federalregister.gov/documents/search")
    assert "Residential+Real+Estate" in named.url
    assert (back.text, back.name, back.anaphor) == ("the Final Rule", named.name, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Byrd Rule limits what a reconciliation bill may contain.",
        "Senate Rule XXII requires 60 votes to end debate.",
        "Under the Federal Rules of Civil Procedure, Rule 11 allows sanctions.",
        "He said he lives by the Golden Rule.",
        "In the Final Rule, the agency changed course.",
    ],
)
def test_rule_words_that_are_not_a_federal_rule_stay_plain(sentence: str) -> None:
    assert not [m for m in mentions(sentence, "2024-01-01") if m.kind == "regulation"]


def test_a_headline_or_a_presidents_rule_is_not_a_rule_name() -> None:
    text = "Judge Vacates Biden Border Rule\nA judge vacated the Biden Border Rule on Tuesday."
    assert not [
        m for m in mentions(text, "2023-07-26") if m.matcher == "regulations" and not m.authority
    ]


def test_a_cfr_part_at_the_end_of_a_sentence() -> None:
    text = "The proposal would restore the threshold set under 29 C.F.R. part 541. It is final."
    assert ("29 C.F.R. part 541", "cfr:29:541") in found(text)


# Rules of the larger table, named as news names them (sentences written for these tests).
AGENCY_RULES = [
    (
        "A federal judge in Texas struck down the Labor Department's overtime rule on Friday.",
        "2024-11-16",
        "overtime rule",
        "fr:89:32842",
    ),
    (
        "The EPA's power plant rule requires carbon capture at some coal plants by 2032.",
        "2024-06-01",
        "power plant rule",
        "fr:89:39798",
    ),
    (
        "Coal states asked the court to stay the EPA's power-plant rule.",
        "2016-02-01",
        "power-plant rule",
        "fr:80:64662",
    ),
    (
        "The FCC's net neutrality order restores the Title II rules repealed in 2017.",
        "2024-05-01",
        "net neutrality order",
        "fr:89:45404",
    ),
    (
        "A judge blocked the FTC's ban on noncompetes nationwide.",
        "2024-08-21",
        "the FTC's ban on noncompetes",
        "fr:89:38342",
    ),
    (
        "Judge Barker vacated the NLRB's joint-employer rule before it took effect.",
        "2024-03-09",
        "joint-employer rule",
        "fr:88:73946",
    ),
    (
        "The Labor Department's new independent contractor rule takes effect in March.",
        "2024-01-09",
        "new independent contractor rule",
        "fr:89:1638",
    ),
    (
        "The justices blocked OSHA's vaccine-or-test rule for large employers.",
        "2022-01-14",
        "vaccine-or-test rule",
        "fr:86:61402",
    ),
    (
        "Bank groups sued to block the CFPB's credit card late fee rule.",
        "2024-03-08",
        "credit card late fee rule",
        "fr:89:19128",
    ),
    (
        "Brokers must act under Regulation Best Interest when they recommend annuities.",
        "2023-05-01",
        "Regulation Best Interest",
        "fr:84:33318",
    ),
    (
        "A judge in Texas stayed the Section 1557 rule's gender identity provisions.",
        "2024-07-04",
        "Section 1557 rule",
        "fr:89:37522",
    ),
    (
        "Small businesses must file under FinCEN's beneficial ownership rule.",
        "2024-02-01",
        "beneficial ownership rule",
        "fr:87:59498",
    ),
    (
        "The Education Department's borrower defense rule was blocked by the Fifth Circuit.",
        "2023-08-08",
        "borrower defense rule",
        "fr:87:65904",
    ),
    (
        "The Flores rule would have let families be detained longer.",
        "2019-09-28",
        "Flores rule",
        "fr:84:44392",
    ),
    (
        "The ATF's engaged in the business rule covers sellers at gun shows.",
        "2024-05-20",
        "engaged in the business rule",
        "fr:89:28968",
    ),
    (
        "The Interior Department defended the Public Lands Rule in court.",
        "2024-07-01",
        "Public Lands Rule",
        "fr:89:40308",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "surface", "authority"), AGENCY_RULES)
def test_agency_rules_by_topic(sentence: str, date: str, surface: str, authority: str) -> None:
    assert (surface, authority) in found(sentence, date)


@pytest.mark.parametrize(
    "sentence",
    [
        # the FTC has no joint-employer rule: the NLRB's or the Labor Department's must not
        # answer for it
        "The FTC's joint-employer rule was rescinded in 2021.",
        # the SEC issued no noncompete rule
        "Critics compared it to the SEC's noncompete rule.",
        # the EPA issued no overtime rule
        "The EPA's overtime rule applies to its own inspectors.",
    ],
)
def test_another_agencys_rule_is_never_linked(sentence: str) -> None:
    assert not [a for _, a in found(sentence, "2024-06-01") if a and a.startswith("fr:")]


def test_a_rule_adopted_after_the_article_is_never_linked() -> None:
    # written in 2019: the 2024 asbestos rule and the 2022 DACA rule did not exist yet
    text = "The EPA's asbestos ban was struck down in 1991. The DACA rule is years away."
    assert not [a for _, a in found(text, "2019-06-01") if a and a.startswith("fr:")]
    assert ("asbestos ban", "fr:89:21970") in found(text, "2024-06-01")


def test_an_fcc_order_is_its_rule_but_another_agencys_order_is_not() -> None:
    assert ("net neutrality order", "fr:80:19737") in found(
        "The FCC's net neutrality order survived in the D.C. Circuit.", "2016-06-15"
    )
    # "order" is a rule word only for the FCC's rows
    assert not found("The judge's overtime order covers 40 workers.", "2024-06-01")


def test_the_capitalised_rule_refers_back_to_the_named_rule() -> None:
    text = (
        "A federal judge in Texas struck down the Labor Department's overtime rule on Friday. "
        "The Rule would have raised the salary threshold to $58,656."
    )
    got = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2024-11-16")]
    assert ("The Rule", "fr:89:32842", True) in got


def test_a_rule_is_linked_from_its_signing_weeks_but_not_months_before_its_printing() -> None:
    # the 2024 overtime rule was announced on April 23 and printed on April 26, 2024
    said = "The Labor Department's new overtime rule raises the salary threshold."
    assert ("new overtime rule", "fr:89:32842") in found(said, "2024-04-23")
    # in January 2024 it was only a proposal, never the 2024 rule; and a "new" overtime rule
    # then is not the 2019 one either (four years old): the rule's CFR part (eleventh session)
    assert ("new overtime rule", "cfr:29:541") in found(said, "2024-01-15")
    # the rule then in force, when nothing calls it new
    assert ("overtime rule", "fr:84:51230") in found(
        "The Labor Department's overtime rule sets the salary threshold.", "2024-01-15"
    )


def test_a_programs_name_alone_is_the_program_not_the_rule_that_codified_it() -> None:
    """DACA began with a 2012 memo; the 2022 rule codified it. "DACA recipients", "challenge
    DACA" and the program's full name speak of the program: only "the DACA rule" (a rule word
    after the name) is the rule."""
    text = (
        "In 2021 a judge held that Deferred Action for Childhood Arrivals (“DACA”) was "
        "unlawful. DACA recipients may still renew. The Biden administration's DACA rule took "
        "effect in 2022, and the Deferred Action for Childhood Arrivals final rule was "
        "challenged too."
    )
    got = {(m.text, m.authority) for m in mentions(text, "2025-01-20") if m.kind == "regulation"}
    assert got == {
        ("DACA rule", "fr:87:53152"),
        ("Deferred Action for Childhood Arrivals final rule", "fr:87:53152"),
    }


def test_part_of_a_known_rules_title_is_that_rule_when_its_sentence_says_which() -> None:
    pfas = (
        "EPA issued its first-ever National Primary Drinking Water Regulation setting limits "
        "for six PFAS compounds."
    )
    assert ("National Primary Drinking Water Regulation", "fr:89:32532") in found(
        pfas, "2024-12-01"
    )
    lead = "EPA issued its first-ever National Primary Drinking Water Regulation for lead."
    assert ("National Primary Drinking Water Regulation", None) in found(lead, "2024-12-01")


def test_a_final_rule_in_the_federal_register_is_the_one_rule_the_article_names() -> None:
    text = (
        "The Biden administration's DACA rule took effect in 2022. By then DHS had cured the "
        "defect by promulgating a Final Rule in the federal register."
    )
    assert ("a Final Rule in the federal register", "fr:87:53152") in found(text, "2025-01-20")
    two = (
        "The Biden administration's DACA rule took effect in 2022. The Labor Department's "
        "overtime rule followed, and the agency published a final rule in the Federal Register."
    )
    assert not any(t.startswith("a final rule") for t, _ in found(two, "2025-01-20"))


@pytest.mark.parametrize(
    ("sentence", "surface", "authority"),
    [
        (
            "The EPA's PFAS Superfund rule makes polluters pay.",
            "PFAS Superfund rule",
            "fr:89:39124",
        ),
        (
            "The CFPB finalized its open banking rule in October.",
            "open banking rule",
            "fr:89:90838",
        ),
        (
            "The Labor Department's Farmworker Protection Rule was blocked in 17 states.",
            "Farmworker Protection Rule",
            "fr:89:33898",
        ),
        (
            "A judge in Texas vacated parts of the Davis-Bacon rule.",
            "Davis-Bacon rule",
            "fr:88:57526",
        ),
        (
            "The FDA's over-the-counter hearing aid rule took effect in October.",
            "over-the-counter hearing aid rule",
            "fr:87:50698",
        ),
        ("USCIS published the H-1B modernization rule.", "H-1B modernization rule", "fr:89:103054"),
        (
            "The EPA's methylene chloride ban protects workers.",
            "methylene chloride ban",
            "fr:89:39254",
        ),
        ("The FTC's Impersonation Rule took effect in April.", "Impersonation Rule", "fr:89:15017"),
        ("Utilities sued over the EPA's updated MATS rule.", "updated MATS rule", "fr:89:38508"),
    ],
)
def test_rules_of_the_sixth_session_link_by_their_news_names(
    sentence: str, surface: str, authority: str
) -> None:
    assert (surface, authority) in found(sentence, "2025-02-01")


def test_a_rule_word_used_as_a_verb_is_no_rule() -> None:
    """ "Title IX bans sex discrimination" is the statute at work, not a rule called a ban;
    "bump stock bans remain" is the rule."""
    assert not any(
        a and a.startswith("fr:") for _, a in found("Title IX bans sex bias.", "2024-07-01")
    )
    assert ("Bump stock bans", "fr:83:66514") in found(
        "Bump stock bans remain popular.", "2020-01-01"
    )
