"""Statutes and state laws in the shapes real pages showed linker missing or mislinking
(issue 13, point 5, tenth session): an appropriations act named with its year another way,
an act's numbered section by the act's abbreviation, state codes by their initials, Illinois
public acts abbreviated, a California code without its state, a proposition's act by name, a
state law described before the article names it. Sentences are our own, in the shape news
writes, or short quotes."""

from __future__ import annotations

import pytest

from conftest import mentions


def _found(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the official name ends ", 2023"; news writes "of 2023", "of FY 2024", "FY 2024 …"
        (
            "The attorney general sued to stop part of the Consolidated Appropriations Act of "
            "2023 from taking effect.",
            ("Consolidated Appropriations Act of 2023", "publ:117-328"),
        ),
        (
            # (not "Congress passed …": since H.R. 5860 is its known bill, the passage is that
            # bill's step, as "Congress passed the CHIPS and Science Act" is H.R. 4346's)
            "Agencies ran on the Continuing Appropriations Act, 2024 until mid-November.",
            ("Continuing Appropriations Act, 2024", "publ:118-15"),
        ),
        (
            "Agencies are still spending under the FY 2024 Further Consolidated Appropriations "
            "Act, officials said.",
            ("FY 2024 Further Consolidated Appropriations Act", "publ:118-47"),
        ),
        # an act's numbered section at its U.S. Code home
        (
            "The government said the buoys violate Section 10 of the Rivers and Harbors Act.",
            ("Section 10 of the Rivers and Harbors Act", "usc:33:403"),
        ),
        (
            "Labs must be certified under the Clinical Laboratory Improvement Amendments.",
            ("Clinical Laboratory Improvement Amendments", "usc:42:263a"),
        ),
    ],
)
def test_federal_acts_by_name_and_year(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_without_its_year_an_appropriations_act_has_no_id() -> None:
    # every fiscal year has a "Consolidated Appropriations Act": no year, no id
    found = _found("Lawmakers attached the measure to the Consolidated Appropriations Act.")
    assert all(a is None for _, a in found)


def test_a_continuing_resolution_named_loosely_has_no_id() -> None:
    # a fiscal year has several continuing resolutions and news names the funding law
    # loosely ("violated the Continuing Appropriations Act of FY 2024" for the full-year act)
    found = _found(
        "The plaintiffs said the cap violated the Continuing Appropriations Act of FY 2024."
    )
    assert all(a is None for _, a in found)


def test_an_acts_section_by_the_abbreviation_the_article_defines() -> None:
    text = (
        "The United States sued under Section 10 of the Rivers and Harbors Appropriation Act "
        "(RHA). The court held that Section 10 of the RHA reaches the river."
    )
    found = _found(text)
    assert ("Section 10 of the Rivers and Harbors Appropriation Act", "usc:33:403") in found
    assert ("Section 10 of the RHA", "usc:33:403") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "voters challenged the 2006 Photo ID Act (OCGA 21-2-417), contending that",
            ("OCGA 21-2-417", "state:ga:ocga:21-2-417"),
        ),
        (
            "the law, O.C.G.A. § 16-11-126, lets adults carry",
            ("O.C.G.A. § 16-11-126", "state:ga:ocga:16-11-126"),
        ),
        (
            "the trigger law, KRS 311.772, took effect when",
            ("KRS 311.772", "state:ky:krs:311.772"),
        ),
        (
            "prosecutors charged him under RCW 9.41.040 for",
            ("RCW 9.41.040", "state:wa:rcw:9.41.040"),
        ),
    ],
)
def test_state_codes_by_their_initials(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_initials_without_a_sectioned_number_are_no_code() -> None:
    # a one-part number, a word glued to the initials, a phone number: nothing
    for text in (
        "The ORS 5 team met on Friday.",
        "The KRSX 311.772 filter was sold out.",
        "Call the OCGA office at 404-555-0100.",
    ):
        assert [a for _, a in _found(text) if a and a.startswith("state:")] == []


def test_illinois_public_acts_abbreviated() -> None:
    text = (
        "New laws Pritzker signed in Illinois this spring:\n\n"
        "Prejudgment Interest\n\nP.A. 102-0006\n\nGrants 6% interest on awards.\n\n"
        "Lemonade Stands\n\nP.A. 102-0078\n\nBars health departments from regulating them."
    )
    found = _found(text)
    assert ("P.A. 102-0006", "state:il:bill:pa102-6") in found
    assert ("P.A. 102-0078", "state:il:bill:pa102-78") in found


def test_an_abbreviated_public_act_needs_its_state() -> None:
    # no state named anywhere: no id can be given
    assert _found("The change came in P.A. 102-0006 last year.") == []


def test_a_california_code_section_without_its_state_or_section_word() -> None:
    text = (
        "California voters passed Proposition 47 in 2014. Offenses it changed include "
        "Penal Code 496 receiving stolen property and Health & Safety Code 11350 possession."
    )
    found = _found(text, "2016-01-10")
    assert ("Penal Code 496", "state:ca:pen:496") in found
    assert ("Health & Safety Code 11350", "state:ca:hsc:11350") in found
    # never a year after the code's name
    later = _found("California lawmakers rewrote the Elections Code 2024 rules.", "2024-05-01")
    assert all(not (a or "").startswith("state:ca:elections-code") for _, a in later)


def test_a_propositions_act_by_its_name_is_the_proposition() -> None:
    text = (
        'California voters passed Proposition 47, the "Safe Neighborhoods and Schools Act," '
        "in 2014. The Safe Neighborhoods and Schools Act reduced penalties."
    )
    found = _found(text, "2016-01-10")
    assert ("Proposition 47", "state:ca:bill:prop47") in found
    assert found.count(("Safe Neighborhoods and Schools Act", "state:ca:bill:prop47")) == 2


def test_a_code_sections_nickname_is_not_the_proposition() -> None:
    # "Penal Code 476a California's 'bad checks' law": the section's nickname, not Prop 47's
    text = (
        "California voters passed Proposition 47 in 2014. It covers violating Penal Code 476a "
        'California\'s "bad checks" law, if the checks total $950 or less.'
    )
    found = _found(text, "2016-01-10")
    assert all("bad checks" not in t for t, a in found if a == "state:ca:bill:prop47")


def test_a_state_law_described_before_the_article_names_it() -> None:
    text = (
        "The Montana Supreme Court upheld a judge's decision to block the state's 2023 law "
        "that bans certain treatments for minors. The court found the judge did not err in "
        "enjoining Senate Bill 99 from taking effect."
    )
    found = _found(text, "2024-12-11")
    assert ("the state’s 2023 law", "state:mt:bill:sb99") in found or (
        "the state's 2023 law",
        "state:mt:bill:sb99",
    ) in found
    assert ("Senate Bill 99", "state:mt:bill:sb99") in found


def test_a_described_state_law_is_left_when_the_article_names_two() -> None:
    text = (
        "A judge blocked the state's new law on Tuesday. Lawmakers had passed Senate Bill 4 "
        "and House Bill 2 in Texas this year."
    )
    found = _found(text, "2024-03-01")
    assert all(not t.startswith("the state") for t, _ in found)


def test_a_year_law_after_another_named_law_is_not_it() -> None:
    # "the state's 1925 law" after SB 8 and SB 4: a year can tell another law
    text = (
        "Texas lawmakers passed Senate Bill 8 and Senate Bill 4. Critics compared them with "
        "the state's 1925 law banning abortion."
    )
    found = _found(text, "2023-06-01")
    assert all(not t.startswith("the state") for t, _ in found)


def test_a_state_act_with_its_state_inside_its_name_is_the_states() -> None:
    # a story about Illinois: the act is Illinois's, never a congress.gov search
    text = (
        "SPRINGFIELD – Lawmakers in Illinois passed the ban in January. “The decision means "
        "that the Protect Illinois Communities Act remains in effect,” Raoul said."
    )
    name = "Protect Illinois Communities Act"
    found = [m for m in mentions(text, "2023-05-05") if m.text == name]
    assert [(m.authority, m.name) for m in found] == [
        ("state:il:bill:pa102-1116", "Protect Illinois Communities Act")
    ]
    assert "Illinois" in found[0].evidence


def test_a_state_name_inside_a_name_needs_a_story_about_the_state() -> None:
    # the state is named nowhere else: the act keeps its congress.gov search
    found = [
        m
        for m in mentions("Congress passed the Protect Alaska Fisheries Act on Friday.")
        if "Act" in m.text
    ]
    assert found and all(m.matcher != "state_laws" for m in found)


def test_the_law_a_governor_signed_is_the_one_state_law_named() -> None:
    text = (
        "The assault weapons ban that Gov. JB Pritzker signed into law in January is back in "
        "force. “The decision means that the Protect Illinois Communities Act remains in "
        "effect throughout Illinois,” Raoul said."
    )
    found = _found(text, "2023-05-05")
    got = [m for m in mentions(text, "2023-05-05") if m.text == "The assault weapons ban"]
    assert [m.name for m in got] == ["Protect Illinois Communities Act"]
    assert ("Protect Illinois Communities Act", "state:il:bill:pa102-1116") in found


def test_the_law_a_governor_signed_is_left_when_two_laws_are_named() -> None:
    text = (
        "The law that Gov. Greg Abbott signed in June drew suits. Texas lawmakers passed "
        "Senate Bill 4 and House Bill 2 this year."
    )
    assert all(not t.startswith("The law") for t, _ in _found(text, "2024-03-01"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "disasters as defined in section 102 of the Robert T. Stafford Disaster Relief and "
            "Emergency Assistance Act (42 U.S.C. 5122)",
            ("section 102 of the Robert T. Stafford Disaster Relief and Emergency Assistance Act",
             "usc:42:5122"),
        ),
        ("Trump approved aid under Section 401 of the Stafford Act.",
         ("Section 401 of the Stafford Act", "usc:42:5170")),
        ("Workers sued under Section 7 of the Fair Labor Standards Act for overtime.",
         ("Section 7 of the Fair Labor Standards Act", "usc:29:207")),
        ("Investors sued under the Trust Indenture Act of 1939.",
         ("Trust Indenture Act of 1939", "usc:15:77aaa")),
        ("the Investment Advisors Act of 1940 governs them",
         ("Investment Advisors Act of 1940", "usc:15:80b-1")),
    ],
)  # fmt: skip
def test_an_acts_sections_at_their_code_homes(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_a_section_the_data_does_not_place_leaves_the_act_alone_linked() -> None:
    # section 9 of the FLSA is not at 29 U.S.C. 201 (the act's first section): the act's
    # name is linked, "Section 9 of" is not claimed
    found = _found("Workers cited Section 9 of the Fair Labor Standards Act in the suit.")
    assert found == [("Fair Labor Standards Act", "usc:29:201")]


def test_every_code_initials_is_an_anchor_word() -> None:
    # the initials' places come from the one anchor walk: a set missing there is never found
    from linker.scanner.statecodes import CODE_INITIALS
    from linker.scanner.uscites import CITE_WORDS

    assert {i for i, _, _ in CODE_INITIALS} <= set(CITE_WORDS.words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the state's citation beside the name
        ("The Democratic Party of Georgia sued over the 2006 Photo ID Act (OCGA 21-2-417), "
         "contending that it burdens voters.", "Georgia Photo ID Act"),
        ("New Illinois laws this year:\n\n• Workplace Transparency Act: Public Act 101-221 "
         "voids any such agreement.", "Illinois Workplace Transparency Act"),
        # a governor signed it (the article is about Ohio)
        ("A judge blocked Ohio from enforcing a new abortion law. The judge said the "
         "\"Heartbeat Protection Act,\" signed by Republican Governor Mike DeWine in April, "
         "imposed an undue burden.", "Ohio Heartbeat Protection Act"),
    ],
)  # fmt: skip
def test_a_state_act_printed_without_its_state(text: str, name: str) -> None:
    found = [m for m in mentions(text, "2019-07-03") if m.name == name]
    # (the table knows Ohio's act: its bill; the others have none)
    assert found and all(m.authority in (None, "state:oh:bill:sb23") for m in found)
    assert all(m.matcher == "state_laws" for m in found)


def test_an_act_a_president_signed_stays_congresss() -> None:
    text = (
        "President Biden signed the Made Up Widget Safety Act on Tuesday, and Ohio Gov. Mike "
        "DeWine praised it."
    )
    found = [m for m in mentions(text, "2024-03-01") if "Widget" in m.text]
    assert found and all(not (m.name or "").startswith("Ohio") for m in found)


def test_a_law_described_with_a_before_its_one_state_law_is_named() -> None:
    text = (
        "On Wednesday, a Travis County judge ruled that a law extensively limiting the local "
        "authority of cities and counties was unconstitutional.\n\nHouse Bill 2127, also "
        "known as the “Death Star bill,” would have gone into effect on Friday in Texas."
    )
    found = _found(text, "2023-08-30")
    assert ("a law extensively limiting", "state:tx:bill:hb2127") in found


@pytest.mark.parametrize(
    "text",
    [
        # Congress's law in the sentence
        "Congress passed a law requiring disclosure last year. Texas lawmakers then passed "
        "House Bill 2127.",
        # two state laws named: which one?
        "A judge blocked a law limiting city power. Texas lawmakers passed House Bill 2127 "
        "and Senate Bill 14.",
    ],
)
def test_a_law_described_with_a_is_left_alone_when_unsure(text: str) -> None:
    assert all(not t.startswith("a law") for t, _ in _found(text, "2023-08-30"))


def test_a_propositions_mentions_never_get_a_congress_search() -> None:
    # a proposition carries its act's name ("Voters' Right to Know Act"): a state's law,
    # which congress.gov would search in the wrong legislature
    from linker.resolve import link_mention

    text = (
        "More than 70% of Arizona voters approved Proposition 211, also known as the Voters' "
        "Right to Know Act, in 2022. A judge ruled the Voters Right to Know Act constitutional."
    )
    found = [m for m in mentions(text, "2023-06-22") if m.kind == "statute"]
    assert [m.text for m in found if m.authority == "state:az:bill:prop211"] == [
        "Proposition 211",
        "Voters' Right to Know Act",
        "Voters Right to Know Act",
    ]
    assert all(link_mention(m).url is None for m in found)


def test_the_proposition_in_lower_case_says_a_ballot_measure() -> None:
    text = (
        "SACRAMENTO – The California Supreme Court unanimously upheld Proposition 22. A suit "
        "claimed the proposition was unconstitutional."
    )
    assert ("Proposition 22", "state:ca:bill:prop22") in _found(text, "2024-07-25")


def test_state_acts_rows_are_sourced_spec_ids_of_their_state() -> None:
    from linker import courts
    from linker.datafiles import read_rows

    rows = read_rows("state_acts.csv")
    assert len(rows) >= 8
    postal = {s.name: s.postal.lower() for s in courts.states().values()}
    for r in rows:
        assert r["state"] in postal, r
        assert r["authority"].startswith(f"state:{postal[r['state']]}:"), r
        assert r["authority"] == r["authority"].lower() and " " not in r["authority"], r
        # (a law news knows by its bill only has no name: its bill and topics tell it; one
        # with neither name nor bill, its code section and topics: South Dakota's 2005 ban)
        has_id = r["bill"] or ":bill:" not in r["authority"]
        assert r["source"] and (r["name"] or (has_id and r["topics"])), r
        assert not r["bill"] or r["bill"] == r["bill"].lower().replace(" ", ""), r
        assert not r["year"] or (r["year"].isdigit() and 1800 < int(r["year"]) < 2030), r


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court held that frozen embryos are children under the Alabama Wrongful Death of "
         "a Minor Act.", ("Alabama Wrongful Death of a Minor Act", "state:al:code:6-5-391")),
        ("Mississippi's Gestational Age Act banned most abortions after 15 weeks.",
         ("Mississippi's Gestational Age Act", "state:ms:code:41-41-191")),
        ("Texas lawmakers passed the Texas Heartbeat Act in 2021.",
         ("Texas Heartbeat Act", "state:tx:bill:sb8")),
    ],
)  # fmt: skip
def test_a_state_act_by_name_takes_its_id_from_the_table(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _found(text, "2024-02-20")


def test_a_state_act_the_table_does_not_know_keeps_no_id() -> None:
    found = _found("Oregon's Made Up Forest Fairness Act took effect in May.", "2024-06-01")
    assert [a for t, a in found if "Forest" in t] == [None]
