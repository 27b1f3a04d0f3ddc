"""Twentieth session (s20-old): what earlier held-back sets still missed, as general forms.
Every sentence here is made up."""

from __future__ import annotations

import pytest

from conftest import mentions, rulings
from linker.models import Mention


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Today, the governor announced the District Court for the District of Oregon "
            "has granted a preliminary injunction blocking the policy.",
            "ord",
        ),
        (
            "The District Court for the District of Massachusetts on Friday blocked the "
            "agency's plan.",
            "mad",
        ),
        (
            "A judge of the United States District Court for the District of Idaho struck "
            "down the statute.",
            "idd",
        ),
        (
            "The coalition said the district court for the District of Maryland had ruled "
            "against the agency.",
            "mdd",
        ),
    ],
)
def test_a_district_court_for_the_district_of_a_state_is_federal(text: str, court: str) -> None:
    assert court in {m.court for m in rulings(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a state's district court is "in" a city or a numbered district
        "The state District Court in Denver ruled for the city.",
        "The Fourth Judicial District Court ruled for the county on Monday.",
    ],
)
def test_a_state_district_court_gets_no_federal_court(text: str) -> None:
    assert not {m.court for m in rulings(text)} & {"cod", "mnd"}


def _regulations(text: str) -> list[Mention]:
    return [m for m in mentions(text, "2025-09-01") if m.kind == "regulation"]


@pytest.mark.parametrize(
    "text",
    [
        "The agency's former chief wrote in the Yale Journal on Regulation that the order erred.",
        "A federal official told the Harvard Program on Regulation that the Trump plan would fail.",
        "The Administration hired the Center for Financial Regulation to review the filing.",
    ],
)
def test_a_publication_or_body_named_after_regulation_is_no_rule(text: str) -> None:
    assert _regulations(text) == []


def test_an_unknown_rule_by_name_is_still_found() -> None:
    text = "The Trump administration withdrew the Widget Labeling Transparency Rule on Friday."
    assert [m.text for m in _regulations(text)] == ["Widget Labeling Transparency Rule"]


@pytest.mark.parametrize(
    ("text", "short", "cite"),
    [
        (
            "The panel wrote that the 2022 Supreme Court case Bruen changed how judges weigh "
            "gun laws.",
            "Bruen",
            "cite:597:us:1",
        ),
        (
            "Advocates for the couples point to the landmark decision Obergefell as settled.",
            "Obergefell",
            "cite:576:us:644",
        ),
        (
            "Since the 2024 ruling Loper Bright, agencies get less room in court.",
            "Loper Bright",
            "cite:603:us:369",
        ),
    ],
)
def test_a_landmark_short_name_after_its_kind_and_year_is_the_case(
    text: str, short: str, cite: str
) -> None:
    assert (short, cite) in {(m.text, m.authority) for m in mentions(text) if m.kind == "case"}


def test_a_short_name_after_a_plain_case_word_stays_plain() -> None:
    # no year, court or "landmark" before "case": a person's name may follow it
    text = "In the case Roe brought against her landlord, the jury sided with the tenant."
    assert not [m for m in mentions(text) if m.kind == "case" and m.authority == "cite:410:us:113"]


@pytest.mark.parametrize(
    "text",
    [
        "In an opinion by Judge Irma Carrillo Ramirez, the appeals panel upheld the ban.",
        "Judge Irma Carrillo Ramirez wrote for the panel, which upheld the injunction.",
    ],
)
def test_a_fifth_circuit_judge_confirmed_after_the_export(text: str) -> None:
    assert "ca5" in {m.court for m in rulings(text)}


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The commission wants to treat broadband as a telecommunications service under "
            "Title II, as it did in 2015.",
            "usc:47:201-276",
        ),
        (
            "Internet service providers fear Title II rules. The FCC chair has said it would "
            "bring rate regulation.",
            "usc:47:201-276",
        ),
        (
            "Under Title II, cities must make their sidewalks usable by people with "
            "disabilities, the Justice Department said.",
            "usc:42:12131-12165",
        ),
        (
            "The restaurant, a public accommodation, was sued under Title II for refusing "
            "service to Black customers.",
            "usc:42:2000a",
        ),
    ],
)
def test_a_bare_title_two_is_the_law_its_words_tell(text: str, authority: str) -> None:
    assert ("Title II", authority) in {(m.text, m.authority) for m in mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        # no law's words near it
        "Title II funding for teacher training was cut in the House bill.",
        # two laws' words: the FCC and disabilities
        "The FCC and disability groups argued over Title II for a year.",
    ],
)
def test_a_bare_title_two_without_one_laws_words_stays_plain(text: str) -> None:
    assert not [m for m in mentions(text) if m.text == "Title II"]


def test_title_two_of_a_named_law_stays_that_laws() -> None:
    text = "The FCC cited Title II of the Civil Rights Act in its brief on broadband."
    found = {(m.text, m.authority) for m in mentions(text) if m.kind == "statute"}
    assert ("Title II of the Civil Rights Act", "usc:42:2000a") in found


_DCL = "Department of Education Dear Colleague Letter (Feb. 14, 2025)"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Education Department's Dear Colleague Letter told colleges that race-based "
            "scholarships break Title VI. A judge vacated the letter this week.",
            {"The Education Department's Dear Colleague Letter", "the letter"},
        ),
        (
            "Unions sued over the “Dear Colleague” letter, which called DEI programs illegal. "
            "Her ruling said the guidance letter skipped notice and comment.",
            {"the “Dear Colleague” letter", "the guidance letter"},
        ),
        (
            'Schools scrambled after the February 14 "Dear Colleague" letter on racial '
            "preferences.",
            {'the February 14 "Dear Colleague" letter'},
        ),
    ],
)
def test_the_2025_dear_colleague_letter_and_the_letter_after_it(text: str, words: set[str]) -> None:
    found = {m.text for m in mentions(text, "2025-08-20") if m.name == _DCL}
    assert words <= found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # before it was sent
        (
            "The Dear Colleague Letter on race-conscious admissions was sent to schools.",
            "2024-05-01",
        ),
        # no word of race near it: another of the agency's letters
        ("The Dear Colleague Letter reminded schools about the new FAFSA form.", "2025-08-20"),
        # a letter that is no row's
        ("The mayor's letter on race was read aloud. The letter asked for calm.", "2025-08-20"),
    ],
)
def test_other_letters_are_not_the_dear_colleague_letter(text: str, date: str) -> None:
    assert not [m for m in mentions(text, date) if m.name == _DCL]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Students in Texas sued over the Campus Protection Act, saying it chills speech.",
            "Campus Protection Act",
        ),
        (
            "A judge blocked parts of a new Texas law aimed at curbing campus protests at "
            "public universities.",
            "a new Texas law aimed at curbing campus protests",
        ),
    ],
)
def test_the_texas_campus_protection_act(text: str, words: str) -> None:
    found = [m for m in mentions(text, "2025-10-01") if m.authority == "state:tx:bill:sb2972"]
    assert found and words in found[0].text


@pytest.mark.parametrize(
    ("text", "phrase", "authority"),
    [
        (
            "The Labor Department's proposed fiduciary rule drew fire from brokers. Its final "
            "fiduciary rule came out in April; the final rule is narrower than the rule "
            "proposed last fall.",
            "the rule",
            "fr:88:75890",
        ),
        (
            "The Labor Department's proposed fiduciary rule drew fire from brokers. Its final "
            "fiduciary rule came out in April and is narrower than the regulations that were "
            "proposed in 2023.",
            "the regulations",
            "fr:88:75890",
        ),
    ],
)
def test_a_rule_back_reference_told_as_proposed_is_the_proposal(
    text: str, phrase: str, authority: str
) -> None:
    found = {(m.text, m.authority) for m in mentions(text, "2024-06-01") if m.kind == "regulation"}
    assert (phrase, authority) in found


@pytest.mark.parametrize(
    "text",
    [
        "The president signed an executive order on Monday that directs prosecutors to charge "
        "people who desecrate the American flag.",
        "Trump's executive order on desecrating the American flag drew criticism from free "
        "speech groups.",
    ],
)
def test_the_flag_order_told_by_desecration(text: str) -> None:
    assert "eo:14341" in {m.authority for m in mentions(text, "2025-08-26")}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The SEC's climate disclosure rule was challenged by states. The court left it to "
            "the SEC whether to keep defending its rules.",
            "its rules",
        ),
        (
            "The SEC's climate disclosure rule was challenged by states. The agency must say "
            "whether its Final Rules will be rescinded.",
            "its Final Rules",
        ),
    ],
)
def test_its_rules_refers_back_to_the_agencys_rule(text: str, phrase: str) -> None:
    found = {(m.text, m.authority) for m in mentions(text, "2025-09-15") if m.kind == "regulation"}
    assert (phrase, "fr:89:21668") in found


def test_its_rules_with_no_rule_before_stays_plain() -> None:
    text = "The FCC voted on Tuesday. The agency changed its rules on media ownership."
    assert not [m for m in mentions(text, "2025-09-15") if m.kind == "regulation"]


@pytest.mark.parametrize(
    "text",
    [
        "Families filed a third lawsuit on Tuesday. The third lawsuit names five districts. "
        "The first suit, Doe v. Smithfield School District, was filed in July.",
        "Parents filed the third lawsuit against the law this week. The first, Roe v. Granite "
        "Unified School District, was filed in June.",
    ],
)
def test_an_ordinal_lawsuit_does_not_refer_ahead_to_the_case_named_later(text: str) -> None:
    refs = [m for m in mentions(text, "2025-09-15") if m.kind == "case" and m.anaphor]
    assert not [m for m in refs if "third" in m.text]


def test_a_plain_lawsuit_still_refers_ahead() -> None:
    text = (
        "Families filed a lawsuit on Tuesday. The lawsuit, Doe v. Smithfield School District, "
        "names five districts."
    )
    names = {m.name for m in mentions(text, "2025-09-15") if m.kind == "case" and m.anaphor}
    assert names == {"Doe v. Smithfield School District"}
