"""Federal laws described instead of named, from real news phrasing."""

from __future__ import annotations

import pytest

from conftest import mentions


def described(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2024-06-21") if not m.anaphor]


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        ("The justices weighed a federal law that effectively outlawed machine guns.",
         "a federal law that effectively outlawed machine guns", "usc:26:5801"),
        ("Rahimi challenged a federal gun control law prohibiting individuals under domestic "
         "violence restraining orders from possessing firearms.",
         "a federal gun control law prohibiting individuals under domestic violence "
         "restraining orders from possessing firearms", "usc:18:922"),
        ("Trump invoked a law that allows the president to federalize the National Guard, "
         "officials said.",
         "a law that allows the president to federalize the National Guard", "usc:10:12406"),
        ("Activists cite an 1873 federal law that prohibits the mailing of abortion drugs.",
         "an 1873 federal law that prohibits the mailing of abortion drugs",
         "usc:18:1461-1462"),
    ],
)  # fmt: skip
def test_described_federal_laws(text: str, surface: str, authority: str) -> None:
    assert (surface, authority) in described(text)


@pytest.mark.parametrize(
    "text",
    [
        "The state passed a law that bans machine guns and silencers.",
        "A law that requires cars to have seat belts passed decades ago.",
        "The city council adopted a statute that bans gas stoves.",
        # another country's law, told like a federal one (audit of the session's new links)
        "In Mexico, lawmakers passed a law that allows the president to federalize the "
        "National Guard under the army.",
        "New Zealand passed a law that effectively outlawed machine guns after the attack.",
        "Canada passed a law prohibiting people under domestic violence restraining orders "
        "from possessing firearms.",
    ],
)
def test_state_laws_and_unknown_descriptions_stay_plain(text: str) -> None:
    assert not [m for m in mentions(text, "2024-06-21") if m.matcher == "described_laws"]


def test_a_described_law_is_an_antecedent_for_the_law() -> None:
    text = "The court upheld a federal law that outlawed machine guns. The law dates to 1934."
    assert [(m.text, m.authority) for m in mentions(text) if m.anaphor] == [
        ("The law", "usc:26:5801")
    ]


def test_a_description_stops_before_a_named_law() -> None:
    text = (
        "Platforms rely on a law that shields them from liability for user content, Section "
        "230 of the Communications Decency Act."
    )
    found = [(m.text, m.authority) for m in mentions(text)]
    assert ("Section 230 of the Communications Decency Act", "usc:47:230") in found
    assert all(not t.endswith("Act") or t.startswith("Section") for t, _ in found)


def test_a_year_between_law_and_its_description() -> None:
    text = (
        "Congress passed a law in 2024 that requires TikTok's Chinese owner to sell the app "
        "or face a ban. The Supreme Court upheld the law in January."
    )
    found = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2025-02-01")]
    assert found[0][1:] == ("publ:118-50", False) and found[0][0].startswith("a law in 2024")
    assert ("the law", "publ:118-50", True) in found


def test_the_birthright_citizenship_statute_by_description() -> None:
    text = "Courts said the order violates a 1940 federal law codifying birthright citizenship."
    assert ("a 1940 federal law codifying birthright citizenship", "usc:8:1401") in described(text)


# A state's law described in a story that names the state (dev8-shaped: an ABA Journal report
# on Iowa's illegal-reentry law; the sentences here are my own).
def test_a_described_state_law_is_that_states_row() -> None:
    text = (
        "Iowa can't enforce a law making it a crime for immigrants to be in the state if they "
        "reentered the country illegally after being deported, an appeals court ruled. "
        "The Iowa law was signed last year."
    )
    found = {m.text: m.authority for m in mentions(text) if m.kind == "statute"}
    described = next(t for t in found if t.startswith("a law making it a crime"))
    assert found[described] == "state:ia:bill:sf2340"
    assert found["The Iowa law"] == "state:ia:bill:sf2340"


def test_a_state_row_needs_its_state_in_the_sentence() -> None:
    # the same words in a sentence naming another state: no Iowa law
    text = (
        "Nebraska lawmakers rejected a law making it a crime for immigrants to be in the state "
        "if they reentered the country illegally."
    )
    assert all(m.authority != "state:ia:bill:sf2340" for m in mentions(text) if m.kind == "statute")


def test_a_federal_description_never_takes_a_state_row() -> None:
    text = "Congress passed a law making it a crime to be in the country after deportation."
    assert all(
        not (m.authority or "").startswith("state:") for m in mentions(text) if m.kind == "statute"
    )


def test_a_state_law_described_by_the_words_before_law() -> None:
    # dev8-shaped (an AVN report on Mississippi's HB 1126), in my own words
    text = (
        "The state of Mississippi asked the justices to leave in place the state's social "
        "media age verification law.\n\nIn a brief, the state says the state's social media "
        "age verification law protects children."
    )
    found = [m for m in mentions(text) if m.kind == "statute"]
    assert [m.authority for m in found] == ["state:ms:bill:hb1126"] * 2


def test_words_before_law_in_a_story_of_two_states_need_their_own_state() -> None:
    text = "Ohio and Texas passed similar laws; Ohio's social media age verification law fell."
    assert all(m.authority != "state:ms:bill:hb1126" for m in mentions(text) if m.kind == "statute")


def test_a_country_named_after_the_description_keeps_the_federal_law() -> None:
    text = (
        "Biden signed a law that requires TikTok's Chinese owner to sell the app or face a "
        "ban in the United States."
    )
    assert any(m.authority == "publ:118-50" for m in mentions(text, "2024-04-24"))


def test_a_printed_year_rules_out_a_federal_law_of_another_year() -> None:
    # Section 230 is a 1996 law: "a 2005 law that shields…" is not it, however alike the words
    text = (
        "The company relied on a 2005 law that shields websites from liability for user "
        "content, its lawyers said."
    )
    assert not [a for _, a in described(text) if a == "usc:47:230"]
    text = (
        "The company relied on a 1996 law that shields platforms from liability for user content."
    )
    assert ("a 1996 law that shields platforms from liability for user content", "usc:47:230") in (
        described(text)
    )


def test_a_2005_law_protecting_firearms_makers_is_the_plcaa() -> None:
    text = (
        "The justices cited a 2005 law that protects firearms manufacturers from liability "
        "when their products are misused."
    )
    assert [a for _, a in described(text)] == ["usc:15:7901-7903"]


def test_gun_counts_as_a_topic_word_though_short() -> None:
    text = (
        "The justices cited a 2005 law that shields gun companies from legal liability for "
        "crimes committed with their products."
    )
    assert [a for _, a in described(text)] == ["usc:15:7901-7903"]
    # without the gun, two words any liability shield shares tell no law
    text = "The firm relied on a 2005 law that shields companies from liability for defects."
    assert not described(text)
