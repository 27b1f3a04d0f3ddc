"""Acts by the names news prints (issue 13, point 4 (a)): a misnamed act ("Commodities
Exchange Act"), a section before an abbreviation the article defines ("Section 4o of the
CEA"), ROSCA and the Antiterrorism Act, an initialism stacked before another act's
initialism ("FAIR PREP Act" is not the PREP Act), a headline's verb that is no part of an
act's name ("Rep. Castro Introduces Stop Arming Cartels Act"), and "by" inside a bill's name.
Sentences are in the shape of real pages (an Orrick client alert, a lawyerissue.com post,
targetednews.com bill reports).
"""

from __future__ import annotations

from conftest import mentions


def linked(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.kind, m.authority) for m in mentions(text, "2025-09-16")}


def test_commodities_exchange_act_is_the_commodity_exchange_act() -> None:
    text = (
        'Commodities Exchange Act ("CEA") §§ 4o, 9(a), 22(a), 7 U.S.C. §§ 6o, 13(a), 25(a)\n\n'
        "The CEA applies to the sale of commodities. Section 4o of the CEA generally makes "
        "fraud unlawful."
    )
    found = linked(text)
    assert found["Commodities Exchange Act"] == ("statute", "usc:7:1")
    assert found["Section 4o of the CEA"] == ("statute", "usc:7:6o")
    # never the Securities Exchange Act's "Exchange Act"
    assert all(a != "usc:15:78a" for _, a in found.values())


def test_restore_online_shoppers_confidence_act_and_rosca() -> None:
    text = (
        "He filed a lawsuit for violations of the 2010 Restore Online Shoppers' Confidence Act "
        "(ROSCA). The company violated ROSCA's limits on negative option plans."
    )
    found = linked(text)
    assert found["ROSCA"] == ("statute", "usc:15:8401-8405")
    assert any(a == "usc:15:8401-8405" and "Restore" in t for t, (_, a) in found.items())


def test_antiterrorism_act() -> None:
    found = linked("The Antiterrorism Act creates civil liability for acts of terrorism.")
    assert found["Antiterrorism Act"] == ("statute", "usc:18:2331")


def test_the_longer_act_keeps_its_own_name() -> None:
    found = linked(
        "The Antiterrorism and Effective Death Penalty Act of 1996 limits habeas petitions."
    )
    assert found["Antiterrorism and Effective Death Penalty Act of 1996"][1] == "publ:104-132"


def test_an_initialism_before_an_acts_initialism_is_another_name() -> None:
    found = linked("The FAIR PREP Act of 2025 specifically bans the IRS's Direct File program.")
    assert all(a != "usc:42:247d-6d" for _, a in found.values())


def test_the_prep_act_alone_is_still_the_prep_act() -> None:
    found = linked("Vaccine makers are shielded by the PREP Act during a declared emergency.")
    assert found["PREP Act"] == ("statute", "usc:42:247d-6d")


def test_a_headline_verb_is_no_part_of_the_acts_name() -> None:
    text = (
        "Rep. Castro Introduces Stop Arming Cartels Act\n"
        "WASHINGTON, March 27 -- Rep. Joaquin Castro, D-TX, has introduced the Stop Arming "
        "Cartels Act, a bill aimed at restricting access to .50 caliber rifles."
    )
    found = linked(text)
    assert not any("Introduces" in t for t in found)
    assert found["Stop Arming Cartels Act"][0] == "bill"


def test_by_inside_a_bills_name() -> None:
    text = (
        "Fostering Autonomy in Independent Returns by Prohibiting Redundant and Extralegal "
        "Programs Act of 2025 (S. 96), introduced by Sen. Marsha Blackburn on January 15, "
        "2025, has been analyzed."
    )
    found = linked(text)
    name = next(t for t in found if t.startswith("Fostering"))
    assert name.endswith("Programs Act of 2025")
    assert found[name] == ("bill", "bill:119:s:96")


def test_initials_of_an_act_the_article_spells_out() -> None:
    # no word of the excerpt says "lawsuit" or "statute": the act's own name says it is law
    text = (
        "The Fair Labor Standards Act and the Family Medical Leave Act (FMLA) are robust laws."
        "\n\nThis is a violation under the FLSA because employers must provide break time. "
        "Allocating absence points when employees are on FMLA leave is a violation."
    )
    found = linked(text)
    assert found["FLSA"] == ("statute", "usc:29:201")
    assert found["FMLA"] == ("statute", "usc:29:2601")
    assert found["Family Medical Leave Act"] == ("statute", "usc:29:2601")


def test_initials_alone_in_no_legal_story_stay_unlinked() -> None:
    found = linked("Join the IRC channel to chat with the team.")
    assert "IRC" not in found


def test_a_headline_above_is_no_part_of_the_name() -> None:
    # williamstaxgroup.com-shaped digest: a headline line, then a paragraph opening on a bill
    text = (
        "Improving Programs for Veterans and American Indians\n\n"
        "Enhanced Presidential Security Act of 2024 (HR 9106) – The bill was introduced by "
        "Rep. Michael Lawler on July 23."
    )
    found = linked(text)
    assert "Enhanced Presidential Security Act of 2024" in found
    assert not any(t.startswith("Improving") for t in found)
